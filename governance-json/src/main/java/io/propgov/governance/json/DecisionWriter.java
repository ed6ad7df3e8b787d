package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.metrics.Rate;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Fraction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes decisions: the fields of the result (record components in declaration order, nulls
 * left out), the headline and every reason, rendered in the reader's language. A decision
 * nested in a result is written the same way without its policy and date, which the outermost
 * decision carries. A {@link Ratio} is written with its exact rate. Thread-safe.
 */
final class DecisionWriter {

  /**
   * The record components of each result class, looked up once per class: asking a class for
   * its components builds them anew, which cost more than writing the decision.
   */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private final JsonMapper mapper;

  /** The record components of a result class, in declaration order, looked up once per class. */
  static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  DecisionWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode decision(Decision<?> decision, Locale locale) {
    ObjectNode node = mapper.createObjectNode();
    node.set("policy", policy(decision.policy()));
    node.put("asOf", decision.asOf().toString());
    body(decision, node, locale);
    return node;
  }

  ObjectNode results(List<Result<EstateAssessment>> results, PolicyRef policy, LocalDate asOf, Locale locale) {
    return listed(results, policy, asOf, locale, "results", "estateId", "estates", "assessed");
  }

  /** The results of a credit or arrears batch: one entry per record, its decision or its errors. */
  ObjectNode batch(List<? extends Result<?>> results, PolicyRef policy, LocalDate asOf, Locale locale) {
    return listed(results, policy, asOf, locale, "results", "id", "records", "decided");
  }

  ObjectNode estateReports(List<Result<EstateReport>> results, PolicyRef policy, LocalDate asOf, Locale locale) {
    return listed(results, policy, asOf, locale, "estates", "estateId", "estates", "reported");
  }

  /**
   * Lists results under {@code list}, each with its id under {@code idField}, and a summary of how
   * many there are ({@code count}), how many were decided ({@code done}) and how many rejected.
   */
  private ObjectNode listed(List<? extends Result<?>> results, PolicyRef policy, LocalDate asOf, Locale locale,
      String list, String idField, String count, String done) {
    ObjectNode root = root(policy, asOf);
    ArrayNode items = root.putArray(list);
    int decided = 0;
    for (Result<?> result : results) {
      decided += item(items.addObject(), idField, result, locale);
    }
    ObjectNode summary = root.putObject("summary");
    summary.put(count, results.size());
    summary.put(done, decided);
    summary.put("rejected", results.size() - decided);
    return root;
  }

  private ObjectNode root(PolicyRef policy, LocalDate asOf) {
    ObjectNode root = mapper.createObjectNode();
    root.set("policy", policy(policy));
    root.put("asOf", asOf.toString());
    return root;
  }

  /** The results of a batch of money entries: one entry per estate's money facts, its decision or its errors. */
  ObjectNode money(List<? extends Result<?>> results, PolicyRef policy, LocalDate asOf, Locale locale) {
    return listed(results, policy, asOf, locale, "money", "estateId", "entries", "decided");
  }

  /** Jiang'an's shares of every unit: each unit's explained decision, in the map's order. */
  ObjectNode moneyRates(Map<String, ? extends Decision<?>> rates, PolicyRef policy, LocalDate asOf, Locale locale) {
    ObjectNode root = root(policy, asOf);
    ArrayNode units = root.putArray("units");
    rates.forEach((unit, decision) -> units.addObject().put("unitId", unit).set("decision", nested(decision, locale)));
    return root;
  }

  ObjectNode rates(Map<String, UnitRates> rates, PolicyRef policy, LocalDate asOf) {
    ObjectNode root = root(policy, asOf);
    ArrayNode units = root.putArray("units");
    for (UnitRates unit : rates.values()) {
      unitRates(unit, units.addObject());
    }
    return root;
  }

  /** A unit's rates: its id, its estates and each rate the policy defines under its key, in the policy's order. */
  private void unitRates(UnitRates unit, ObjectNode item) {
    item.put("unitId", unit.unitId());
    item.put("estates", unit.estates());
    for (Rate rate : unit.rates()) {
      item.set(rate.definition().key(), ratio(rate.ratio()));
    }
  }

  /** Each unit's owners' representation coverage: its id and its decision, with the represented ratio. */
  ObjectNode ownersCoverage(Map<String, Decision<io.propgov.governance.owners.OwnersCoverage>> coverage,
      PolicyRef policy, LocalDate asOf, Locale locale) {
    ObjectNode root = root(policy, asOf);
    ArrayNode units = root.putArray("units");
    coverage.forEach((unit, decision) -> {
      ObjectNode item = units.addObject();
      item.put("unitId", unit);
      ObjectNode written = nested(decision, locale);
      written.set("represented", ratio(decision.value().represented()));
      item.set("decision", written);
    });
    return root;
  }

  /**
   * Fills a batch entry: the item's {@code index}, its id under {@code idName} when known, and its
   * {@code decision} or its {@code errors}; gives 1 when the item was decided, 0 when rejected,
   * for the summary's count.
   */
  int item(ObjectNode item, String idName, Result<?> result, Locale locale) {
    item.put("index", result.index());
    if (result.id() != null) {
      item.put(idName, result.id());
    }
    if (result.isDecided()) {
      item.set("decision", nested(result.decision(), locale));
      return 1;
    }
    item.set("errors", errors(result.errors()));
    return 0;
  }

  /** A ratio's parts as plain numbers and its exact rate, left out when the denominator is 0. */
  ObjectNode ratio(Ratio ratio) {
    ObjectNode node = mapper.createObjectNode();
    node.put("numerator", ratio.numerator());
    node.put("denominator", ratio.denominator());
    ratio.share().ifPresent(rate -> node.put("rate", rate.toString()));
    return node;
  }

  ArrayNode errors(List<InputError> errors) {
    ArrayNode array = mapper.createArrayNode();
    for (InputError error : errors) {
      ObjectNode e = array.addObject();
      e.put("pointer", error.pointer());
      e.put("code", error.code());
      e.put("message", error.message());
    }
    return array;
  }

  ObjectNode nested(Decision<?> decision, Locale locale) {
    ObjectNode node = mapper.createObjectNode();
    body(decision, node, locale);
    return node;
  }

  private void body(Decision<?> decision, ObjectNode node, Locale locale) {
    Object value = decision.value();
    if (value instanceof UnitRates rates) {
      unitRates(rates, node);
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : COMPONENTS.get(value.getClass())) {
        JsonNode field = toJson(read(component, value), locale);
        if (field != null) {
          node.set(component.getName(), field);
        }
      }
    }
    node.put("headline", Decision.headline(decision.value(), locale));
    ArrayNode reasons = node.putArray("reasons");
    decision.reasons().forEach(r -> reasons.add(reason(r, locale)));
  }

  private ObjectNode reason(Reason reason, Locale locale) {
    ObjectNode node = mapper.createObjectNode();
    node.put("rule", reason.ruleId());
    node.put("outcome", reason.outcome().name());
    if (reason.comparison() != null) {
      ObjectNode compared = node.putObject("compared");
      compared.put("actual", reason.actual());
      compared.put("comparison", reason.comparison().name());
      compared.put("threshold", reason.threshold());
    }
    ObjectNode figures = node.putObject("figures");
    for (Figure figure : reason.figures()) {
      figures.put(figure.name(), figure.value());
    }
    Margin margin = reason.margin();
    if (margin != null) {
      ObjectNode written = node.putObject("margin");
      written.put("value", margin.value().toString());
      written.put("unit", margin.unit().name());
      if (margin.unitName() != null) {
        ObjectNode name = written.putObject("unitName");
        name.put("en", margin.unitName().en());
        name.put("zh", margin.unitName().zh());
      }
      if (margin.flip() != null) {
        ObjectNode flip = written.putObject("flip");
        flip.put("change", margin.flip().toString());
        flip.put("outcome", margin.flipsTo().name());
      }
    }
    ObjectNode citation = PolicyWriter.citation(mapper, reason.citation());
    if (reason.citation().assumption()) {
      citation.put("assumption", true);
    }
    node.set("citation", citation);
    node.put("text", reason.text(locale));
    return node;
  }

  ObjectNode policy(PolicyRef ref) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", ref.id());
    node.put("version", ref.version());
    if (ref.hash() != null) {
      node.put("hash", ref.hash());
    }
    return node;
  }

  /** The JSON form of one field of a result, or null to leave the field out. */
  private JsonNode toJson(Object value, Locale locale) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> toJson(v, locale)).orElse(null);
    }
    if (value instanceof Decision<?> decision) {
      return nested(decision, locale);
    }
    if (value instanceof Ratio ratio) {
      return ratio(ratio);
    }
    if (value instanceof String || value instanceof Fraction || value instanceof LocalDate) {
      return mapper.getNodeFactory().textNode(value.toString());
    }
    if (value instanceof Enum<?> e) {
      return mapper.getNodeFactory().textNode(e.name());
    }
    if (value instanceof Boolean b) {
      return mapper.getNodeFactory().booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return mapper.getNodeFactory().numberNode(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return mapper.getNodeFactory().numberNode(d);
    }
    if (value instanceof BigInteger i) {
      return mapper.getNodeFactory().numberNode(i);
    }
    if (value instanceof Collection<?> collection) {
      ArrayNode array = mapper.createArrayNode();
      for (Object element : collection) {
        JsonNode json = toJson(element, locale);
        array.add(json == null ? mapper.getNodeFactory().nullNode() : json);
      }
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = mapper.createObjectNode();
      map.forEach((k, v) -> {
        JsonNode json = toJson(v, locale);
        if (json != null) {
          object.set(k instanceof Enum<?> e ? e.name() : String.valueOf(k), json);
        }
      });
      return object;
    }
    if (value.getClass().isRecord()) {
      ObjectNode object = mapper.createObjectNode();
      for (RecordComponent component : COMPONENTS.get(value.getClass())) {
        JsonNode json = toJson(read(component, value), locale);
        if (json != null) {
          object.set(component.getName(), json);
        }
      }
      return object;
    }
    return mapper.getNodeFactory().textNode(value.toString());
  }

  static Object read(RecordComponent component, Object record) {
    Method accessor = component.getAccessor();
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot read " + record.getClass().getName() + "." + component.getName()
          + ": a result written as JSON must be a public record in an exported package", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("reading " + record.getClass().getName() + "." + component.getName()
          + " failed", e.getCause());
    }
  }
}
