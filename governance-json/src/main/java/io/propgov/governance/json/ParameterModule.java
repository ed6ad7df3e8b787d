package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.Scale;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.SpecialMatters;
import io.propgov.governance.vote.VoteRequirement;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON form of the policy parameter types, both ways: {@link Fraction} as a string
 * ({@code "2/3"}, {@code "0.6"}, {@code "60%"}) or a number; {@link Threshold} as
 * {@code {"atLeast": "2/3"}} or {@code {"moreThan": "1/2"}}; {@link Scale} as
 * {@code {"min": 0, "max": 100}}; {@link GroupWeights} as {@code {"HOUSEHOLD": "1", ...}};
 * {@link VoteRequirement} by its parts; {@link SpecialMatters} as an array of matter names.
 *
 * <p>A value the core rejects (a share above 1, a scale whose min is not below its max) fails
 * with a {@link MismatchedInputException} carrying the core's message, its path pointing at the
 * part at fault.
 */
final class ParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  ParameterModule() {
    super("propgov-parameters");
    both(Fraction.class, ParameterModule::readFraction, ParameterModule::writeFraction);
    both(Threshold.class, ParameterModule::readThreshold, ParameterModule::writeThreshold);
    both(Scale.class, ParameterModule::readScale, ParameterModule::writeScale);
    both(GroupWeights.class, ParameterModule::readGroupWeights, ParameterModule::writeGroupWeights);
    both(VoteRequirement.class, ParameterModule::readVoteRule, ParameterModule::writeVoteRule);
    both(SpecialMatters.class, ParameterModule::readSpecialMatters, ParameterModule::writeSpecialMatters);
  }

  /** The JSON name of a comparison: {@code atLeast}, {@code moreThan} or {@code atMost}. */
  static String comparisonName(Comparison comparison) {
    return switch (comparison) {
      case AT_LEAST -> "atLeast";
      case MORE_THAN -> "moreThan";
      case AT_MOST -> "atMost";
    };
  }

  /** Reads the value as a tree and converts it, locating every failure. */
  abstract static class TreeDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    TreeDeserializer(Class<T> type) {
      super(type);
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return convert(ctxt.readTree(p), ctxt);
    }

    abstract T convert(JsonNode node, DeserializationContext ctxt) throws IOException;

    /** Reads a member, or returns null when it is absent; a failure's path starts with {@code name}. */
    final <V> V member(JsonNode node, String name, Class<V> type, DeserializationContext ctxt) throws IOException {
      JsonNode child = node.get(name);
      if (child == null || child.isNull()) {
        return null;
      }
      try {
        return ctxt.readTreeAsValue(child, type);
      } catch (JsonMappingException e) {
        e.prependPath(handledType(), name);
        throw e;
      }
    }

    /** Reads an element; a failure's path starts with {@code index}. */
    final <V> V element(JsonNode node, int index, Class<V> type, DeserializationContext ctxt) throws IOException {
      try {
        return ctxt.readTreeAsValue(node.get(index), type);
      } catch (JsonMappingException e) {
        e.prependPath(handledType(), index);
        throw e;
      }
    }

    /** Calls a core constructor; its rejection becomes a failure located at {@code at} (null: here). */
    final <V> V build(DeserializationContext ctxt, String at, Supplier<V> constructor) throws IOException {
      try {
        return constructor.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw fail(ctxt, at, e.getMessage());
      }
    }

    final JsonMappingException fail(DeserializationContext ctxt, String at, String message) {
      MismatchedInputException e = MismatchedInputException.from(ctxt.getParser(), handledType(), message);
      if (at != null) {
        e.prependPath(handledType(), at);
      }
      return e;
    }
  }

  private static Fraction readFraction(JsonNode node, DeserializationContext ctxt, TreeReader<Fraction> reader)
      throws IOException {
    if (node.isNumber()) {
      return Fraction.of(node.decimalValue());
    }
    if (node.isTextual()) {
      return reader.build(ctxt, null, () -> Fraction.parse(node.textValue()));
    }
    throw reader.fail(ctxt, null, "must be a fraction such as \"2/3\", a decimal such as \"0.6\", a percentage such as "
        + "\"60%\" or a number");
  }

  private static Threshold readThreshold(JsonNode node, DeserializationContext ctxt, TreeReader<Threshold> reader)
      throws IOException {
    if (!node.isObject() || node.size() != 1 || !(node.has("atLeast") || node.has("moreThan"))) {
      throw reader.fail(ctxt, null, "must hold exactly one of atLeast, moreThan");
    }
    String name = node.has("atLeast") ? "atLeast" : "moreThan";
    Comparison comparison = name.equals("atLeast") ? Comparison.AT_LEAST : Comparison.MORE_THAN;
    Fraction share = reader.member(node, name, Fraction.class, ctxt);
    return reader.build(ctxt, name, () -> new Threshold(comparison, share));
  }

  private static Scale readScale(JsonNode node, DeserializationContext ctxt, TreeReader<Scale> reader)
      throws IOException {
    BigDecimal min = reader.member(node, "min", BigDecimal.class, ctxt);
    BigDecimal max = reader.member(node, "max", BigDecimal.class, ctxt);
    return reader.build(ctxt, null, () -> new Scale(min, max));
  }

  private static GroupWeights readGroupWeights(JsonNode node, DeserializationContext ctxt,
      TreeReader<GroupWeights> reader) throws IOException {
    Map<RespondentGroup, Fraction> weights = new EnumMap<>(RespondentGroup.class);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      RespondentGroup group = Arrays.stream(RespondentGroup.values())
          .filter(g -> g.name().equals(name)).findFirst()
          .orElseThrow(() -> reader.fail(ctxt, name, "'" + name + "' is not a respondent group; the groups are "
              + Arrays.stream(RespondentGroup.values()).map(Enum::name).collect(Collectors.joining(", "))));
      weights.put(group, reader.member(node, name, Fraction.class, ctxt));
    }
    return reader.build(ctxt, null, () -> new GroupWeights(weights));
  }

  private static VoteRequirement readVoteRule(JsonNode node, DeserializationContext ctxt,
      TreeReader<VoteRequirement> reader) throws IOException {
    Threshold quorumArea = reader.member(node, "quorumArea", Threshold.class, ctxt);
    Threshold quorumOwners = reader.member(node, "quorumOwners", Threshold.class, ctxt);
    ApprovalBase base = reader.member(node, "approvalBase", ApprovalBase.class, ctxt);
    Threshold approvalArea = reader.member(node, "approvalArea", Threshold.class, ctxt);
    Threshold approvalOwners = reader.member(node, "approvalOwners", Threshold.class, ctxt);
    return reader.build(ctxt, null, () -> new VoteRequirement(quorumArea, quorumOwners, base, approvalArea,
        approvalOwners));
  }

  private static SpecialMatters readSpecialMatters(JsonNode node, DeserializationContext ctxt,
      TreeReader<SpecialMatters> reader) throws IOException {
    if (!node.isArray()) {
      throw reader.fail(ctxt, null, "must be an array of matter names");
    }
    Set<Matter> matters = EnumSet.noneOf(Matter.class);
    for (int i = 0; i < node.size(); i++) {
      matters.add(reader.element(node, i, Matter.class, ctxt));
    }
    return new SpecialMatters(matters);
  }

  private static void writeFraction(Fraction value, JsonGenerator gen) throws IOException {
    gen.writeString(value.toString());
  }

  /** Writes {@code {"atLeast": "2/3"}} or {@code {"moreThan": "1/2"}}: the one JSON form of a threshold. */
  private static void writeThreshold(Threshold value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField(comparisonName(value.comparison()), value.share().toString());
    gen.writeEndObject();
  }

  private static void writeScale(Scale value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("min", value.min());
    gen.writeNumberField("max", value.max());
    gen.writeEndObject();
  }

  private static void writeGroupWeights(GroupWeights value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    for (RespondentGroup group : RespondentGroup.values()) {
      Fraction weight = value.weights().get(group);
      if (weight != null) {
        gen.writeStringField(group.name(), weight.toString());
      }
    }
    gen.writeEndObject();
  }

  private static void writeVoteRule(VoteRequirement value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (value.hasQuorum()) {
      threshold(gen, "quorumArea", value.quorumArea());
      threshold(gen, "quorumOwners", value.quorumOwners());
    }
    gen.writeStringField("approvalBase", value.approvalBase().name());
    threshold(gen, "approvalArea", value.approvalArea());
    threshold(gen, "approvalOwners", value.approvalOwners());
    gen.writeEndObject();
  }

  private static void threshold(JsonGenerator gen, String name, Threshold threshold) throws IOException {
    gen.writeFieldName(name);
    writeThreshold(threshold, gen);
  }

  private static void writeSpecialMatters(SpecialMatters value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (Matter matter : Matter.values()) {
      if (value.contains(matter)) {
        gen.writeString(matter.name());
      }
    }
    gen.writeEndArray();
  }
}
