package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
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
final class CreditParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  CreditParameterModule() {
    super("propgov-credit-parameters");
    reads(CreditEventType.class, CreditParameterModule::readEventType);
    both(CreditCatalogue.class, TreeReader.listOf(CreditEventType.class, CreditEventType::code, "code",
        CreditCatalogue::new), CreditParameterModule::catalogue);
    both(ScoreFormula.class, CreditParameterModule::readFormula, CreditParameterModule::formula);
    reads(GradeBand.class, CreditParameterModule::readBand);
    both(GradeBands.class, CreditParameterModule::readBands, CreditParameterModule::bands);
    both(BlacklistTerms.class, CreditParameterModule::readBlacklist, CreditParameterModule::blacklist);
    reads(ConsequenceTrigger.class, CreditParameterModule::readConsequenceRule);
    both(ConsequenceTable.class, TreeReader.listOf(ConsequenceTrigger.class, r -> r.consequence().id(), "consequence",
        ConsequenceTable::new), CreditParameterModule::consequences);
    reads(LadderStep.class, CreditParameterModule::readLadderStep);
    both(ArrearsLadder.class, TreeReader.listOf(LadderStep.class, s -> s.action().id(), "action", ArrearsLadder::new),
        CreditParameterModule::ladder);
    both(ForbiddenActions.class, TreeReader.listOf(ArrearsAction.class, ArrearsAction::id, null,
        actions -> new ForbiddenActions(distinct(actions))), CreditParameterModule::forbidden);
    addDeserializer(ArrearsAction.class, idReader(ArrearsAction.class, ArrearsAction::of));
    addDeserializer(Consequence.class, idReader(Consequence.class, Consequence::of));
    addDeserializer(ArrearsActions.class, new DefinitionsDeserializer<>(ArrearsActions.class, "actions", "limitation",
        LimitationEffect.class, (id, label, limitation) -> ArrearsAction.define(id, label,
            Objects.requireNonNull(limitation, "'limitation' is required: NONE, DEMAND, PROCEEDINGS or ENFORCEMENT")),
        ArrearsActions::new));
    addDeserializer(ConsequenceTypes.class, new DefinitionsDeserializer<>(ConsequenceTypes.class, "consequences",
        "favourable", Boolean.class, (id, label, favourable) -> Consequence.define(id, label,
            Objects.requireNonNull(favourable, "'favourable' is required: true for a reward, false for a punishment")),
        ConsequenceTypes::new));
    writes(ArrearsActions.class, CreditParameterModule::actions);
    writes(ConsequenceTypes.class, CreditParameterModule::consequenceTypes);
  }

  private static CreditEventType readEventType(JsonNode node, DeserializationContext ctxt, TreeReader<CreditEventType> reader)
      throws IOException {
    TreeReader.Names names = reader.names(node, ctxt);
    CreditEventKind kind = reader.required(node, "kind", CreditEventKind.class, ctxt);
    BigDecimal points = reader.required(node, "points", BigDecimal.class, ctxt);
    Integer months = reader.member(node, "validMonths", Integer.class, ctxt);
    return reader.build(ctxt, null, () -> new CreditEventType(names.code(), names.en(), names.zh(), kind, points,
        months == null ? 12 : months));
  }

  private static ScoreFormula readFormula(JsonNode node, DeserializationContext ctxt, TreeReader<ScoreFormula> reader)
      throws IOException {
    BigDecimal base = reader.required(node, "base", BigDecimal.class, ctxt);
    Map<CreditEventKind, BigDecimal> caps = new EnumMap<>(CreditEventKind.class);
    JsonNode capsNode = node.path("caps");
    for (Iterator<String> it = capsNode.fieldNames(); it.hasNext(); ) {
      String kind = it.next();
      caps.put(CreditEventKind.valueOf(kind), reader.required(capsNode, kind, BigDecimal.class, ctxt));
    }
    return reader.buildAt(ctxt, () -> new Object[] {"caps"}, () -> new ScoreFormula(base, caps));
  }

  private static GradeBand readBand(JsonNode node, DeserializationContext ctxt, TreeReader<GradeBand> reader)
      throws IOException {
    TreeReader.Names names = reader.names(node, ctxt);
    BigDecimal atLeast = reader.member(node, "atLeast", BigDecimal.class, ctxt);
    return reader.build(ctxt, null, () -> new GradeBand(names.code(), names.en(), names.zh(), atLeast));
  }

  private static GradeBands readBands(JsonNode node, DeserializationContext ctxt, TreeReader<GradeBands> reader)
      throws IOException {
    List<GradeBand> bands = reader.list(node, null, GradeBand.class, ctxt);
    return reader.buildAt(ctxt, () -> locate(bands), () -> new GradeBands(bands));
  }

  /** The band the core rejects: a code given twice, a missing or extra atLeast, a band not below the one above. */
  private static Object[] locate(List<GradeBand> bands) {
    Object[] twice = TreeReader.duplicate(bands, GradeBand::code, "code");
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

  private static BlacklistTerms readBlacklist(JsonNode node, DeserializationContext ctxt, TreeReader<BlacklistTerms> reader)
      throws IOException {
    int inRow = reader.required(node, "lowestGradesInRow", Integer.class, ctxt);
    int months = reader.required(node, "listingMonths", Integer.class, ctxt);
    Integer quiet = reader.member(node, "repairQuietMonths", Integer.class, ctxt);
    boolean correction = reader.required(node, "repairRequiresCorrection", Boolean.class, ctxt);
    return reader.build(ctxt, null, () -> new BlacklistTerms(inRow, months, quiet, correction));
  }

  private static ConsequenceTrigger readConsequenceRule(JsonNode node, DeserializationContext ctxt, TreeReader<ConsequenceTrigger> reader)
      throws IOException {
    Consequence consequence = reader.required(node, "consequence", Consequence.class, ctxt);
    List<String> grades = node.has("grades") ? reader.list(node, "grades", String.class, ctxt) : List.of();
    Boolean listed = reader.member(node, "whenListed", Boolean.class, ctxt);
    return reader.build(ctxt, null, () -> new ConsequenceTrigger(consequence, new LinkedHashSet<>(grades),
        Boolean.TRUE.equals(listed)));
  }

  private static LadderStep readLadderStep(JsonNode node, DeserializationContext ctxt, TreeReader<LadderStep> reader)
      throws IOException {
    ArrearsAction action = reader.required(node, "action", ArrearsAction.class, ctxt);
    int wait = reader.required(node, "waitDays", Integer.class, ctxt);
    return reader.build(ctxt, null, () -> new LadderStep(action, wait));
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
  static <T> TreeReader<T> idReader(Class<T> type, Function<String, T> of) {
    return new TreeReader<>(type, (node, ctxt, reader) -> {
      if (!node.isTextual()) {
        throw reader.fail(ctxt, null, "must be an id: capital letters, digits and underscores");
      }
      return reader.build(ctxt, null, () -> of.apply(node.textValue()));
    });
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void catalogue(CreditCatalogue value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.types(), t -> {
      ParameterWriting.named(gen, t.code(), t.en(), t.zh());
      gen.writeStringField("kind", t.kind().name());
      gen.writeNumberField("points", t.points());
      gen.writeNumberField("validMonths", t.validMonths());
    });
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
    ParameterWriting.objects(gen, value.bands(), band -> {
      ParameterWriting.named(gen, band.code(), band.en(), band.zh());
      if (band.atLeast() != null) {
        gen.writeNumberField("atLeast", band.atLeast());
      }
    });
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
    ParameterWriting.objects(gen, value.rules(), rule -> {
      gen.writeStringField("consequence", rule.consequence().id());
      ParameterWriting.strings(gen, "grades", rule.grades().stream().sorted().toList());
      gen.writeBooleanField("whenListed", rule.whenListed());
    });
  }

  private static void ladder(ArrearsLadder value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.steps(), step -> {
      gen.writeStringField("action", step.action().id());
      gen.writeNumberField("waitDays", step.waitDays());
    });
  }

  private static void forbidden(ForbiddenActions value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (ArrearsAction action : value.actions()) {
      gen.writeString(action.id());
    }
    gen.writeEndArray();
  }

  private static void actions(ArrearsActions value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.actions(), a -> {
      gen.writeStringField("id", a.id());
      ParameterWriting.label(gen, a.label());
      gen.writeStringField("limitation", a.limitation().name());
    });
  }

  private static void consequenceTypes(ConsequenceTypes value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.consequences(), c -> {
      gen.writeStringField("id", c.id());
      ParameterWriting.label(gen, c.label());
      gen.writeBooleanField("favourable", c.favourable());
    });
  }
}
