package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.Responsibility;
import io.propgov.governance.service.ServiceProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an estate's service facts, both ways. Reading assumes the facts schema
 * passed: shapes, enums and number forms are already checked; a core constructor's rejection is
 * left to the caller to locate.
 */
final class ServiceFactsJson {

  private ServiceFactsJson() {}

  /** Binds the {@code service} object of an estate; the agreement, if any, is built first and located apart. */
  static ServiceProfile profile(JsonNode node, CoManagementAgreement agreement) {
    Map<String, Fraction> measured = new LinkedHashMap<>();
    node.path("measured").properties().forEach(e -> measured.put(e.getKey(), fraction(e.getValue())));
    Map<String, String> inputs = new LinkedHashMap<>();
    node.path("modeInputs").properties().forEach(e -> inputs.put(e.getKey(), e.getValue().textValue()));
    return new ServiceProfile(node.hasNonNull("area") ? node.get("area").decimalValue() : null,
        texts(node.path("items")), measured, inputs, texts(node.path("buildings")), agreement);
  }

  /** Binds a co-management agreement of the estate {@code estateId}. */
  static CoManagementAgreement agreement(JsonNode node, String estateId) {
    Map<String, String> buildings = new LinkedHashMap<>();
    node.path("buildings").properties().forEach(e -> buildings.put(e.getKey(), e.getValue().textValue()));
    Map<String, Responsibility> items = new LinkedHashMap<>();
    node.path("items").properties().forEach(e -> items.put(e.getKey(), Responsibility.valueOf(e.getValue().textValue())));
    return new CoManagementAgreement(estateId, texts(node.path("rotation")), buildings, items,
        LocalDate.parse(node.path("rotationStart").textValue()), node.path("cycleMonths").intValue());
  }

  /** Writes a profile into {@code node}, leaving out what is empty or unknown. */
  static void write(ServiceProfile profile, ObjectNode node) {
    if (profile.area() != null) {
      node.put("area", profile.area());
    }
    profile.items().forEach(node.withArray("items")::add);
    if (!profile.measured().isEmpty()) {
      ObjectNode measured = node.putObject("measured");
      profile.measured().forEach((metric, value) -> measured.put(metric, value.toString()));
    }
    if (!profile.modeInputs().isEmpty()) {
      ObjectNode inputs = node.putObject("modeInputs");
      profile.modeInputs().forEach(inputs::put);
    }
    if (!profile.buildings().isEmpty()) {
      profile.buildings().forEach(node.withArray("buildings")::add);
    }
    profile.agreement().ifPresent(a -> {
      ObjectNode agreement = node.putObject("coManagement");
      a.rotation().forEach(agreement.withArray("rotation")::add);
      ObjectNode buildings = agreement.putObject("buildings");
      a.buildings().forEach(buildings::put);
      ObjectNode items = agreement.putObject("items");
      a.items().forEach((item, r) -> items.put(item, r.name()));
      agreement.put("rotationStart", a.rotationStart().toString());
      agreement.put("cycleMonths", a.cycleMonths());
    });
  }

  private static Fraction fraction(JsonNode value) {
    return value.isNumber() ? Fraction.of(value.decimalValue()) : Fraction.parse(value.textValue());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.textValue()));
    return texts;
  }
}
