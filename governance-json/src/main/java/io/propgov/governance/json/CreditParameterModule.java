package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsActions;
import io.propgov.governance.credit.ArrearsLadder;
import io.propgov.governance.credit.BlacklistTerms;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.ConsequenceTrigger;
import io.propgov.governance.credit.ConsequenceTable;
import io.propgov.governance.credit.ConsequenceTypes;
import io.propgov.governance.credit.CreditCatalogue;
import io.propgov.governance.credit.CreditEventKind;
import io.propgov.governance.credit.CreditEventType;
import io.propgov.governance.credit.ForbiddenActions;
import io.propgov.governance.credit.GradeBand;
import io.propgov.governance.credit.GradeBands;
import io.propgov.governance.credit.LadderStep;
import io.propgov.governance.credit.LimitationEffect;
import io.propgov.governance.credit.ScoreFormula;
import io.propgov.governance.explain.Label;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of the credit and arrears parameters ({@code credit.*}, {@code arrears.*}), both
 * ways: {@link CreditCatalogue} as an array of event types, {@link ScoreFormula} as
 * {@code {"base", "caps": {"BASIC": 80, ...}}}, {@link GradeBands} as an array of bands highest
 * first, {@link BlacklistTerms} by its parts, {@link ConsequenceTable} as an array of
 * {@code {"consequence", "grades", "whenListed"}}, {@link ArrearsLadder} as an array of
 * {@code {"action", "waitDays"}}, {@link ForbiddenActions} as an array of action ids,
 * {@link ArrearsActions} as an array of {@code {"id", "en", "zh", "limitation"}} and
 * {@link ConsequenceTypes} as an array of {@code {"id", "en", "zh", "favourable"}}.
 *
 * <p>A value the core rejects fails with the core's message at the part at fault when it can be
 * named (a code given twice, a band out of order), else at the value.
 */
final class CreditParameterModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  CreditParameterModule() {
    super("propgov-credit-parameters");
    addDeserializer(CreditEventType.class, new EventTypeDeserializer());
    addDeserializer(CreditCatalogue.class, new CatalogueDeserializer());
    addDeserializer(ScoreFormula.class, new FormulaDeserializer());
    addDeserializer(GradeBand.class, new BandDeserializer());
    addDeserializer(GradeBands.class, new BandsDeserializer());
    addDeserializer(BlacklistTerms.class, new BlacklistDeserializer());
    addDeserializer(ConsequenceTrigger.class, new ConsequenceRuleDeserializer());
    addDeserializer(ConsequenceTable.class, new ConsequencesDeserializer());
    addDeserializer(LadderStep.class, new LadderStepDeserializer());
    addDeserializer(ArrearsLadder.class, new LadderDeserializer());
    addDeserializer(ForbiddenActions.class, new ForbiddenDeserializer());
    addDeserializer(ArrearsAction.class, new IdDeserializer<>(ArrearsAction.class, ArrearsAction::of));
    addDeserializer(Consequence.class, new IdDeserializer<>(Consequence.class, Consequence::of));
    addDeserializer(ArrearsActions.class, new DefinitionsDeserializer<>(ArrearsActions.class, "actions", "limitation",
        LimitationEffect.class, (id, label, limitation) -> ArrearsAction.define(id, label,
            Objects.requireNonNull(limitation, "'limitation' is required: NONE, DEMAND, PROCEEDINGS or ENFORCEMENT")),
        ArrearsActions::new));
    addDeserializer(ConsequenceTypes.class, new DefinitionsDeserializer<>(ConsequenceTypes.class, "consequences",
        "favourable", Boolean.class, (id, label, favourable) -> Consequence.define(id, label,
            Objects.requireNonNull(favourable, "'favourable' is required: true for a reward, false for a punishment")),
        ConsequenceTypes::new));
    addSerializer(ArrearsActions.class, new BodySerializer<>(ArrearsActions.class, CreditParameterModule::actions));
    addSerializer(ConsequenceTypes.class, new BodySerializer<>(ConsequenceTypes.class, CreditParameterModule::consequenceTypes));
    addSerializer(CreditCatalogue.class, new BodySerializer<>(CreditCatalogue.class, CreditParameterModule::catalogue));
    addSerializer(ScoreFormula.class, new BodySerializer<>(ScoreFormula.class, CreditParameterModule::formula));
    addSerializer(GradeBands.class, new BodySerializer<>(GradeBands.class, CreditParameterModule::bands));
    addSerializer(BlacklistTerms.class, new BodySerializer<>(BlacklistTerms.class, CreditParameterModule::blacklist));
    addSerializer(ConsequenceTable.class, new BodySerializer<>(ConsequenceTable.class, CreditParameterModule::consequences));
    addSerializer(ArrearsLadder.class, new BodySerializer<>(ArrearsLadder.class, CreditParameterModule::ladder));
    addSerializer(ForbiddenActions.class, new BodySerializer<>(ForbiddenActions.class, CreditParameterModule::forbidden));
  }

  static final class EventTypeDeserializer extends OrgParameterModule.OrgDeserializer<CreditEventType> {
    private static final long serialVersionUID = 1L;

    EventTypeDeserializer() {
      super(CreditEventType.class);
    }

    @Override
    CreditEventType convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      String code = member(node, "code", String.class, ctxt);
      String en = member(node, "en", String.class, ctxt);
      String zh = member(node, "zh", String.class, ctxt);
      CreditEventKind kind = required(node, "kind", CreditEventKind.class, ctxt);
      BigDecimal points = required(node, "points", BigDecimal.class, ctxt);
      Integer months = member(node, "validMonths", Integer.class, ctxt);
      return build(ctxt, null, () -> new CreditEventType(code, en, zh, kind, points, months == null ? 12 : months));
    }
  }

  static final class CatalogueDeserializer extends OrgParameterModule.OrgDeserializer<CreditCatalogue> {
    private static final long serialVersionUID = 1L;

    CatalogueDeserializer() {
      super(CreditCatalogue.class);
    }

    @Override
    CreditCatalogue convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      List<CreditEventType> types = list(node, null, CreditEventType.class, ctxt);
      return buildAt(ctxt, () -> duplicate(types, CreditEventType::code, "code"), () -> new CreditCatalogue(types));
    }
  }

  static final class FormulaDeserializer extends OrgParameterModule.OrgDeserializer<ScoreFormula> {
    private static final long serialVersionUID = 1L;

    FormulaDeserializer() {
      super(ScoreFormula.class);
    }

    @Override
    ScoreFormula convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      BigDecimal base = required(node, "base", BigDecimal.class, ctxt);
      Map<CreditEventKind, BigDecimal> caps = new EnumMap<>(CreditEventKind.class);
      JsonNode capsNode = node.path("caps");
      for (Iterator<String> it = capsNode.fieldNames(); it.hasNext(); ) {
        String kind = it.next();
        caps.put(CreditEventKind.valueOf(kind), required(capsNode, kind, BigDecimal.class, ctxt));
      }
      return buildAt(ctxt, () -> new Object[] {"caps"}, () -> new ScoreFormula(base, caps));
    }
  }

  static final class BandDeserializer extends OrgParameterModule.OrgDeserializer<GradeBand> {
    private static final long serialVersionUID = 1L;

    BandDeserializer() {
      super(GradeBand.class);
    }

    @Override
    GradeBand convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      String code = member(node, "code", String.class, ctxt);
      String en = member(node, "en", String.class, ctxt);
      String zh = member(node, "zh", String.class, ctxt);
      BigDecimal atLeast = member(node, "atLeast", BigDecimal.class, ctxt);
      return build(ctxt, null, () -> new GradeBand(code, en, zh, atLeast));
    }
  }

  static final class BandsDeserializer extends OrgParameterModule.OrgDeserializer<GradeBands> {
    private static final long serialVersionUID = 1L;

    BandsDeserializer() {
      super(GradeBands.class);
    }

    @Override
    GradeBands convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      List<GradeBand> bands = list(node, null, GradeBand.class, ctxt);
      return buildAt(ctxt, () -> locate(bands), () -> new GradeBands(bands));
    }

    /** The band the core rejects: a code given twice, a missing or extra atLeast, a band not below the one above. */
    private static Object[] locate(List<GradeBand> bands) {
      Object[] twice = duplicate(bands, GradeBand::code, "code");
      if (twice.length > 0) {
        return twice;
      }
      for (int i = 0; i < bands.size(); i++) {
        boolean last = i == bands.size() - 1;
        BigDecimal at = bands.get(i).atLeast();
        if (last != (at == null) || (i > 0 && at != null && bands.get(i - 1).atLeast() != null
            && at.compareTo(bands.get(i - 1).atLeast()) >= 0)) {
          return new Object[] {i, "atLeast"};
        }
      }
      return new Object[0];
    }
  }

  static final class BlacklistDeserializer extends OrgParameterModule.OrgDeserializer<BlacklistTerms> {
    private static final long serialVersionUID = 1L;

    BlacklistDeserializer() {
      super(BlacklistTerms.class);
    }

    @Override
    BlacklistTerms convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      int inRow = required(node, "lowestGradesInRow", Integer.class, ctxt);
      int months = required(node, "listingMonths", Integer.class, ctxt);
      Integer quiet = member(node, "repairQuietMonths", Integer.class, ctxt);
      boolean correction = required(node, "repairRequiresCorrection", Boolean.class, ctxt);
      return build(ctxt, null, () -> new BlacklistTerms(inRow, months, quiet, correction));
    }
  }

  static final class ConsequenceRuleDeserializer extends OrgParameterModule.OrgDeserializer<ConsequenceTrigger> {
    private static final long serialVersionUID = 1L;

    ConsequenceRuleDeserializer() {
      super(ConsequenceTrigger.class);
    }

    @Override
    ConsequenceTrigger convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      Consequence consequence = required(node, "consequence", Consequence.class, ctxt);
      List<String> grades = node.has("grades") ? list(node, "grades", String.class, ctxt) : List.of();
      Boolean listed = member(node, "whenListed", Boolean.class, ctxt);
      return build(ctxt, null, () -> new ConsequenceTrigger(consequence, new LinkedHashSet<>(grades),
          Boolean.TRUE.equals(listed)));
    }
  }

  static final class ConsequencesDeserializer extends OrgParameterModule.OrgDeserializer<ConsequenceTable> {
    private static final long serialVersionUID = 1L;

    ConsequencesDeserializer() {
      super(ConsequenceTable.class);
    }

    @Override
    ConsequenceTable convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      List<ConsequenceTrigger> rules = list(node, null, ConsequenceTrigger.class, ctxt);
      return buildAt(ctxt, () -> duplicate(rules, r -> r.consequence().id(), "consequence"),
          () -> new ConsequenceTable(rules));
    }
  }

  static final class LadderStepDeserializer extends OrgParameterModule.OrgDeserializer<LadderStep> {
    private static final long serialVersionUID = 1L;

    LadderStepDeserializer() {
      super(LadderStep.class);
    }

    @Override
    LadderStep convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      ArrearsAction action = required(node, "action", ArrearsAction.class, ctxt);
      int wait = required(node, "waitDays", Integer.class, ctxt);
      return build(ctxt, null, () -> new LadderStep(action, wait));
    }
  }

  static final class LadderDeserializer extends OrgParameterModule.OrgDeserializer<ArrearsLadder> {
    private static final long serialVersionUID = 1L;

    LadderDeserializer() {
      super(ArrearsLadder.class);
    }

    @Override
    ArrearsLadder convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      List<LadderStep> steps = list(node, null, LadderStep.class, ctxt);
      return buildAt(ctxt, () -> duplicate(steps, s -> s.action().id(), "action"), () -> new ArrearsLadder(steps));
    }
  }

  static final class ForbiddenDeserializer extends OrgParameterModule.OrgDeserializer<ForbiddenActions> {
    private static final long serialVersionUID = 1L;

    ForbiddenDeserializer() {
      super(ForbiddenActions.class);
    }

    @Override
    ForbiddenActions convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      List<ArrearsAction> actions = list(node, null, ArrearsAction.class, ctxt);
      return buildAt(ctxt, () -> duplicate(actions, ArrearsAction::id, null),
          () -> new ForbiddenActions(distinct(actions)));
    }
  }

  /** The actions as a set, or a failure naming the one given twice. */
  private static Set<ArrearsAction> distinct(List<ArrearsAction> actions) {
    Set<ArrearsAction> set = new LinkedHashSet<>(actions);
    if (set.size() != actions.size()) {
      throw new IllegalArgumentException("a forbidden action is given twice; give each once");
    }
    return set;
  }

  /** Reads an id (an arrears action, a consequence, a service mode) from a string. */
  static final class IdDeserializer<T> extends OrgParameterModule.OrgDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> of;

    IdDeserializer(Class<T> type, Function<String, T> of) {
      super(type);
      this.of = of;
    }

    @Override
    T convert(JsonNode node, DeserializationContext ctxt) throws IOException {
      if (!node.isTextual()) {
        throw fail(ctxt, null, "must be an id: capital letters, digits and underscores");
      }
      return build(ctxt, null, () -> of.apply(node.textValue()));
    }
  }

  /** The path of the second of two equal keys in a list, or nothing. */
  static <T> Object[] duplicate(List<T> items, Function<T, String> key, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(key.apply(items.get(i)))) {
        return field == null ? new Object[] {i} : new Object[] {i, field};
      }
    }
    return new Object[0];
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void catalogue(CreditCatalogue value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (CreditEventType t : value.types()) {
      gen.writeStartObject();
      gen.writeStringField("code", t.code());
      gen.writeStringField("en", t.en());
      gen.writeStringField("zh", t.zh());
      gen.writeStringField("kind", t.kind().name());
      gen.writeNumberField("points", t.points());
      gen.writeNumberField("validMonths", t.validMonths());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void formula(ScoreFormula value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("base", value.base());
    gen.writeObjectFieldStart("caps");
    for (Map.Entry<CreditEventKind, BigDecimal> cap : value.caps().entrySet()) {
      gen.writeNumberField(cap.getKey().name(), cap.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void bands(GradeBands value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (GradeBand band : value.bands()) {
      gen.writeStartObject();
      gen.writeStringField("code", band.code());
      gen.writeStringField("en", band.en());
      gen.writeStringField("zh", band.zh());
      if (band.atLeast() != null) {
        gen.writeNumberField("atLeast", band.atLeast());
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void blacklist(BlacklistTerms value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("lowestGradesInRow", value.lowestGradesInRow());
    gen.writeNumberField("listingMonths", value.listingMonths());
    if (value.repairQuietMonths() != null) {
      gen.writeNumberField("repairQuietMonths", value.repairQuietMonths());
    }
    gen.writeBooleanField("repairRequiresCorrection", value.repairRequiresCorrection());
    gen.writeEndObject();
  }

  private static void consequences(ConsequenceTable value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (ConsequenceTrigger rule : value.rules()) {
      gen.writeStartObject();
      gen.writeStringField("consequence", rule.consequence().id());
      gen.writeArrayFieldStart("grades");
      for (String grade : rule.grades().stream().sorted().toList()) {
        gen.writeString(grade);
      }
      gen.writeEndArray();
      gen.writeBooleanField("whenListed", rule.whenListed());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void ladder(ArrearsLadder value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (LadderStep step : value.steps()) {
      gen.writeStartObject();
      gen.writeStringField("action", step.action().id());
      gen.writeNumberField("waitDays", step.waitDays());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void forbidden(ForbiddenActions value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (ArrearsAction action : value.actions()) {
      gen.writeString(action.id());
    }
    gen.writeEndArray();
  }

  private static void actions(ArrearsActions value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (ArrearsAction a : value.actions()) {
      gen.writeStartObject();
      gen.writeStringField("id", a.id());
      gen.writeStringField("en", a.label().en());
      gen.writeStringField("zh", a.label().zh());
      gen.writeStringField("limitation", a.limitation().name());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void consequenceTypes(ConsequenceTypes value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (Consequence c : value.consequences()) {
      gen.writeStartObject();
      gen.writeStringField("id", c.id());
      gen.writeStringField("en", c.label().en());
      gen.writeStringField("zh", c.label().zh());
      gen.writeBooleanField("favourable", c.favourable());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
