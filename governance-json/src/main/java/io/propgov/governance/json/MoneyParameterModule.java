package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.explain.Label;
import io.propgov.governance.money.DisclosureItem;
import io.propgov.governance.money.DisclosureItems;
import io.propgov.governance.money.Emergencies;
import io.propgov.governance.money.EmergencyKind;
import io.propgov.governance.money.Frequency;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of the money parameters ({@code money.*}), both ways: {@link DisclosureItems} as
 * an array of {@code {"id", "en", "zh", "frequency", "graceDays"}}; {@link Emergencies} as an
 * array of {@code {"id", "en", "zh", "steps": [{"id", "en", "zh"}]}}. The rate, top-up line and
 * cost cap are fractions, the unified-fees rule a boolean and the missing-disclosure event a
 * string, read as any parameter of those types. A value the core rejects fails with the core's
 * message at the value being built.
 */
final class MoneyParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  MoneyParameterModule() {
    super("propgov-money-parameters");
    reads(DisclosureItems.class, TreeReader.listOf(DisclosureItem.class, DisclosureItems::new));
    reads(DisclosureItem.class, (n, c, r) -> {
      String id = r.required(n, "id", String.class, c);
      Label name = r.label(n, c);
      Frequency frequency = r.required(n, "frequency", Frequency.class, c);
      Integer grace = r.required(n, "graceDays", Integer.class, c);
      return r.build(c, null, () -> new DisclosureItem(id, name, frequency, grace));
    });
    reads(Emergencies.class, TreeReader.listOf(EmergencyKind.class, Emergencies::new));
    reads(EmergencyKind.class, (n, c, r) -> {
      String id = r.required(n, "id", String.class, c);
      Label name = r.label(n, c);
      Map<String, Label> steps = new LinkedHashMap<>();
      JsonNode array = n.path("steps");
      for (int i = 0; i < array.size(); i++) {
        JsonNode step = array.get(i);
        String stepId = step.path("id").textValue();
        Label stepName = r.build(c, "steps", () -> new Label(step.path("en").textValue(), step.path("zh").textValue()));
        if (steps.put(stepId, stepName) != null) {
          throw r.fail(c, "steps", "step id '" + stepId + "' appears more than once; each step has its own id");
        }
      }
      return r.build(c, null, () -> new EmergencyKind(id, name, steps));
    });
    writes(DisclosureItems.class, MoneyParameterModule::writeItems);
    writes(Emergencies.class, MoneyParameterModule::writeEmergencies);
  }

  private static void writeItems(DisclosureItems value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.items(), item -> {
      gen.writeStringField("id", item.id());
      ParameterWriting.label(gen, item.name());
      gen.writeStringField("frequency", item.frequency().name());
      gen.writeNumberField("graceDays", item.graceDays());
    });
  }

  private static void writeEmergencies(Emergencies value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.kinds(), kind -> {
      gen.writeStringField("id", kind.id());
      ParameterWriting.label(gen, kind.name());
      ParameterWriting.objects(gen, "steps", kind.steps().entrySet(), step -> {
        gen.writeStringField("id", step.getKey());
        ParameterWriting.label(gen, step.getValue());
      });
    });
  }
}
