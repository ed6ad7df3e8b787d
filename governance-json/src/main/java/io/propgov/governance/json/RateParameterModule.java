package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.propgov.governance.explain.Label;
import io.propgov.governance.metrics.Measure;
import io.propgov.governance.metrics.RateDefinition;
import io.propgov.governance.metrics.RateDefinitions;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.service.ServiceMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON form of the city rates ({@code metrics.rates}), both ways: an array of
 * {@code {"id", "en", "zh", "numerator", "denominator", "modes", "source": {"en", "zh"}, "assumption"}},
 * {@code modes} only for a rate that counts {@code ESTATES_IN_MODES}, {@code assumption} only
 * where no source gives the rate. A measure outside the vocabulary fails at its member with the
 * legal measures; a definition the core rejects fails at the entry with the core's message; the
 * modes are checked against {@code service.modes} by the core when the engine is created.
 */
final class RateParameterModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  RateParameterModule() {
    super("propgov-rate-parameters");
    addDeserializer(RateDefinitions.class, new TreeReader<>(RateDefinitions.class, RateParameterModule::readRates));
    addSerializer(RateDefinitions.class, new BodySerializer<>(RateDefinitions.class, RateParameterModule::writeRates));
  }

  private static RateDefinitions readRates(JsonNode node, DeserializationContext ctxt,
      TreeReader<RateDefinitions> reader) throws IOException {
    if (!node.isArray()) {
      throw reader.fail(ctxt, null, "must be an array of rate definitions");
    }
    List<RateDefinition> rates = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      rates.add(readRate(node.get(i), i, ctxt, reader));
    }
    return reader.buildAt(ctxt, () -> TreeReader.duplicate(rates, RateDefinition::id, "id"),
        () -> new RateDefinitions(rates));
  }

  private static RateDefinition readRate(JsonNode entry, int at, DeserializationContext ctxt,
      TreeReader<RateDefinitions> reader) throws IOException {
    String id = reader.member(entry, "id", String.class, ctxt);
    Measure numerator = measure(entry, "numerator", at, ctxt, reader);
    Measure denominator = measure(entry, "denominator", at, ctxt, reader);
    List<ServiceMode> modes = new ArrayList<>();
    if (entry.has("modes")) {
      List<String> ids = reader.list(entry, "modes", String.class, ctxt);
      for (int m = 0; m < ids.size(); m++) {
        final int mode = m;
        modes.add(reader.buildAt(ctxt, () -> new Object[] {at, "modes", mode}, () -> ServiceMode.of(ids.get(mode))));
      }
    }
    JsonNode source = entry.path("source");
    boolean assumption = entry.path("assumption").asBoolean(false);
    return reader.buildAt(ctxt, () -> new Object[] {at}, () -> new RateDefinition(id,
        new Label(entry.path("en").textValue(), entry.path("zh").textValue()), numerator, denominator, modes,
        new Citation(source.path("en").textValue(), source.path("zh").textValue(), assumption)));
  }

  /** A measure of the vocabulary; any other name fails at its member, listing the legal ones. */
  private static Measure measure(JsonNode entry, String name, int at, DeserializationContext ctxt,
      TreeReader<RateDefinitions> reader) throws IOException {
    String text = entry.path(name).textValue();
    for (Measure measure : Measure.values()) {
      if (measure.name().equals(text)) {
        return measure;
      }
    }
    throw reader.failAt(ctxt, "'" + name + "' must be a measure the facts count, one of "
        + String.join(", ", Arrays.stream(Measure.values()).map(Enum::name).toList()) + "; was " + text, at, name);
  }

  private static void writeRates(RateDefinitions value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (RateDefinition rate : value.rates()) {
      gen.writeStartObject();
      gen.writeStringField("id", rate.id());
      gen.writeStringField("en", rate.label().en());
      gen.writeStringField("zh", rate.label().zh());
      gen.writeStringField("numerator", rate.numerator().name());
      gen.writeStringField("denominator", rate.denominator().name());
      if (!rate.modes().isEmpty()) {
        gen.writeArrayFieldStart("modes");
        for (ServiceMode mode : rate.modes()) {
          gen.writeString(mode.id());
        }
        gen.writeEndArray();
      }
      gen.writeObjectFieldStart("source");
      gen.writeStringField("en", rate.source().en());
      gen.writeStringField("zh", rate.source().zh());
      gen.writeEndObject();
      if (rate.source().assumption()) {
        gen.writeBooleanField("assumption", true);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
