package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.DecisionTable;
import io.propgov.governance.service.HitPolicy;
import io.propgov.governance.service.MetricDirection;
import io.propgov.governance.service.ServiceCatalogue;
import io.propgov.governance.service.ServiceItem;
import io.propgov.governance.service.ServiceMetric;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceModes;
import io.propgov.governance.service.ServiceStandard;
import io.propgov.governance.service.ServiceTier;
import io.propgov.governance.service.TableInput;
import io.propgov.governance.service.TableRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of the service parameters ({@code service.*}), both ways: the catalogue as
 * {@code {"items", "metrics", "tiers"}} and a decision table as
 * {@code {"hitPolicy", "inputs", "rows": [{"id", "conditions": {input: [values]}, "outcome"}]}}.
 * The target tier is a plain string. Consistency across the parts (references, the ladder of
 * tiers, gaps and overlaps) is checked by the core when the engine is created, with pointers
 * into the value.
 */
final class ServiceParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  ServiceParameterModule() {
    super("propgov-service-parameters");
    both(ServiceCatalogue.class, ServiceParameterModule::readCatalogue, ServiceParameterModule::writeCatalogue);
    reads(ServiceItem.class, ServiceParameterModule::readItem);
    reads(ServiceMetric.class, ServiceParameterModule::readMetric);
    reads(ServiceTier.class, ServiceParameterModule::readTier);
    reads(ServiceStandard.class, ServiceParameterModule::readStandard);
    both(DecisionTable.class, ServiceParameterModule::readTable, ServiceParameterModule::writeTable);
    reads(TableInput.class, ServiceParameterModule::readInput);
    reads(TableRow.class, ServiceParameterModule::readRow);
    addDeserializer(ServiceMode.class, CreditParameterModule.idReader(ServiceMode.class, ServiceMode::of));
    addDeserializer(ServiceModes.class, new DefinitionsDeserializer<>(ServiceModes.class, "modes", null, Void.class,
        (id, label, none) -> ServiceMode.define(id, label), ServiceModes::new));
    writes(ServiceModes.class, ServiceParameterModule::modes);
  }

  private static Label label(JsonNode node) {
    return new Label(node.path("en").textValue(), node.path("zh").textValue());
  }

  private static ServiceCatalogue readCatalogue(JsonNode node, DeserializationContext ctxt, TreeReader<ServiceCatalogue> reader)
      throws IOException {
    List<ServiceItem> items = reader.list(node, "items", ServiceItem.class, ctxt);
    List<ServiceMetric> metrics = reader.list(node, "metrics", ServiceMetric.class, ctxt);
    List<ServiceTier> tiers = reader.list(node, "tiers", ServiceTier.class, ctxt);
    return reader.buildAt(ctxt, () -> new Object[] {"tiers"}, () -> new ServiceCatalogue(items, metrics, tiers));
  }

  private static ServiceItem readItem(JsonNode node, DeserializationContext ctxt, TreeReader<ServiceItem> reader)
      throws IOException {
    boolean basic = reader.required(node, "basic", Boolean.class, ctxt);
    return reader.build(ctxt, null, () -> new ServiceItem(node.path("code").textValue(), label(node), basic));
  }

  private static ServiceMetric readMetric(JsonNode node, DeserializationContext ctxt, TreeReader<ServiceMetric> reader)
      throws IOException {
    String better = reader.required(node, "better", String.class, ctxt);
    if (!better.equals("higher") && !better.equals("lower")) {
      throw reader.fail(ctxt, "better", "'better' must be higher or lower, was " + better);
    }
    MetricDirection direction = better.equals("higher") ? MetricDirection.HIGHER_IS_BETTER
        : MetricDirection.LOWER_IS_BETTER;
    return reader.build(ctxt, null, () -> new ServiceMetric(node.path("code").textValue(), label(node),
        label(node.path("unit")), direction));
  }

  private static ServiceTier readTier(JsonNode node, DeserializationContext ctxt, TreeReader<ServiceTier> reader)
      throws IOException {
    List<String> items = reader.list(node, "requiredItems", String.class, ctxt);
    List<ServiceStandard> standards = reader.list(node, "standards", ServiceStandard.class, ctxt);
    BigDecimal fee = reader.required(node, "monthlyFee", BigDecimal.class, ctxt);
    return reader.build(ctxt, null, () -> new ServiceTier(node.path("code").textValue(), label(node), items, standards, fee));
  }

  private static ServiceStandard readStandard(JsonNode node, DeserializationContext ctxt, TreeReader<ServiceStandard> reader)
      throws IOException {
    Fraction target = reader.required(node, "target", Fraction.class, ctxt);
    return reader.build(ctxt, null, () -> new ServiceStandard(node.path("metric").textValue(), target));
  }

  private static void modes(ServiceModes value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.modes(), m -> {
      gen.writeStringField("id", m.id());
      ParameterWriting.label(gen, m.label());
    });
  }

  private static DecisionTable readTable(JsonNode node, DeserializationContext ctxt, TreeReader<DecisionTable> reader)
      throws IOException {
    HitPolicy hitPolicy = reader.required(node, "hitPolicy", HitPolicy.class, ctxt);
    List<TableInput> inputs = reader.list(node, "inputs", TableInput.class, ctxt);
    List<TableRow> rows = reader.list(node, "rows", TableRow.class, ctxt);
    return reader.buildAt(ctxt, () -> new Object[] {"inputs"}, () -> new DecisionTable(inputs, rows, hitPolicy));
  }

  private static TableInput readInput(JsonNode node, DeserializationContext ctxt, TreeReader<TableInput> reader)
      throws IOException {
    List<String> values = reader.list(node, "values", String.class, ctxt);
    return reader.build(ctxt, null, () -> new TableInput(node.path("code").textValue(), node.path("en").textValue(),
        node.path("zh").textValue(), values));
  }

  private static TableRow readRow(JsonNode node, DeserializationContext ctxt, TreeReader<TableRow> reader)
      throws IOException {
    Map<String, Set<String>> conditions = new LinkedHashMap<>();
    JsonNode when = node.path("conditions");
    for (Map.Entry<String, JsonNode> entry : when.properties()) {
      try {
        conditions.put(entry.getKey(), new LinkedHashSet<>(reader.list(entry.getValue(), null, String.class, ctxt)));
      } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
        e.prependPath(reader.handledType(), entry.getKey());
        e.prependPath(reader.handledType(), "conditions");
        throw e;
      }
    }
    return reader.build(ctxt, null, () -> new TableRow(node.path("id").textValue(), conditions,
        node.path("outcome").textValue()));
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void writeCatalogue(ServiceCatalogue value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    ParameterWriting.objects(gen, "items", value.items(), item -> {
      named(gen, item.code(), item.name());
      gen.writeBooleanField("basic", item.basic());
    });
    ParameterWriting.objects(gen, "metrics", value.metrics(), metric -> {
      named(gen, metric.code(), metric.name());
      gen.writeObjectFieldStart("unit");
      ParameterWriting.label(gen, metric.unit());
      gen.writeEndObject();
      gen.writeStringField("better", metric.better() == MetricDirection.HIGHER_IS_BETTER ? "higher" : "lower");
    });
    ParameterWriting.objects(gen, "tiers", value.tiers(), tier -> {
      named(gen, tier.code(), tier.name());
      ParameterWriting.strings(gen, "requiredItems", tier.requiredItems());
      ParameterWriting.objects(gen, "standards", tier.standards(), standard -> {
        gen.writeStringField("metric", standard.metric());
        gen.writeStringField("target", standard.target().toString());
      });
      gen.writeNumberField("monthlyFee", tier.monthlyFee());
    });
    gen.writeEndObject();
  }

  private static void named(JsonGenerator gen, String code, Label name) throws IOException {
    ParameterWriting.named(gen, code, name.en(), name.zh());
  }

  private static void writeTable(DecisionTable value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("hitPolicy", value.hitPolicy().name());
    ParameterWriting.objects(gen, "inputs", value.inputs(), input -> {
      ParameterWriting.named(gen, input.code(), input.en(), input.zh());
      ParameterWriting.strings(gen, "values", input.values());
    });
    ParameterWriting.objects(gen, "rows", value.rows(), row -> {
      gen.writeStringField("id", row.id());
      gen.writeObjectFieldStart("conditions");
      for (Map.Entry<String, Set<String>> condition : row.conditions().entrySet()) {
        // Values in the order the input lists them, so that a written table reads as it was written.
        List<String> known = value.inputs().stream().filter(i -> i.code().equals(condition.getKey()))
            .findFirst().map(TableInput::values).orElse(List.of());
        List<String> ordered = new ArrayList<>(known.stream().filter(condition.getValue()::contains).toList());
        condition.getValue().stream().filter(v -> !known.contains(v)).sorted().forEach(ordered::add);
        ParameterWriting.strings(gen, condition.getKey(), ordered);
      }
      gen.writeEndObject();
      gen.writeStringField("outcome", row.outcome());
    });
    gen.writeEndObject();
  }
}
