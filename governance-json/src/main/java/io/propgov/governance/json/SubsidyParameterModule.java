package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.subsidy.AllocationMethod;
import io.propgov.governance.subsidy.AreaBand;
import io.propgov.governance.subsidy.BaseAmount;
import io.propgov.governance.subsidy.CostShareKind;
import io.propgov.governance.subsidy.CostSharing;
import io.propgov.governance.subsidy.Criterion;
import io.propgov.governance.subsidy.FeeCollectionScore;
import io.propgov.governance.subsidy.IncidentKind;
import io.propgov.governance.subsidy.PayoutBand;
import io.propgov.governance.subsidy.Programme;
import io.propgov.governance.subsidy.Programmes;
import io.propgov.governance.subsidy.SafetyScore;
import io.propgov.governance.subsidy.ScoreBand;
import io.propgov.governance.subsidy.ScoringScheme;
import io.propgov.governance.subsidy.TieBreak;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The JSON form of the subsidy parameters ({@code subsidy.*}), both ways: {@link Programmes} as
 * an array of programmes, each with its {@code id}, {@code en}, {@code zh}, {@code opens},
 * {@code closes}, {@code budget}, {@code criteria} (each {@code {"kind": ..., ...}}), optional
 * {@code scoring} and {@code payoutBands}, {@code base} ({@code {"flat": amount}} or
 * {@code {"byArea": [{"atLeast" | "moreThan": m², "amount"}]}}), {@code allocation} and
 * {@code tieBreak}; {@link CostSharing} as an array of {@code {"kind", "en", "zh",
 * "governmentShare"}}. A value the core rejects fails with the core's message at the value
 * being built.
 */
final class SubsidyParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  SubsidyParameterModule() {
    super("propgov-subsidy-parameters");
    reads(Programmes.class, TreeReader.listOf(Programme.class, Programmes::new));
    reads(Programme.class, SubsidyParameterModule::programme);
    reads(Criterion.class, SubsidyParameterModule::criterion);
    reads(ScoringScheme.class, (n, c, r) -> {
      FeeCollectionScore fee = r.member(n, "feeCollection", FeeCollectionScore.class, c);
      BigDecimal inspectionMax = r.member(n, "inspectionMax", BigDecimal.class, c);
      SafetyScore safety = r.member(n, "safety", SafetyScore.class, c);
      return r.build(c, null, () -> new ScoringScheme(fee, inspectionMax, safety));
    });
    reads(FeeCollectionScore.class, (n, c, r) -> {
      List<ScoreBand> bands = r.list(n, "bands", ScoreBand.class, c);
      List<ScoreBand> bonuses = n.has("bonuses") ? r.list(n, "bonuses", ScoreBand.class, c) : List.of();
      return r.build(c, null, () -> new FeeCollectionScore(bands, bonuses));
    });
    reads(ScoreBand.class, (n, c, r) -> {
      Fraction atLeast = r.required(n, "atLeast", Fraction.class, c);
      BigDecimal points = r.required(n, "points", BigDecimal.class, c);
      return r.build(c, null, () -> new ScoreBand(atLeast, points));
    });
    reads(SafetyScore.class, (n, c, r) -> {
      BigDecimal max = r.required(n, "max", BigDecimal.class, c);
      List<IncidentKind> kinds = r.list(n, "incidentKinds", IncidentKind.class, c);
      return r.build(c, null, () -> new SafetyScore(max, kinds));
    });
    reads(IncidentKind.class, (n, c, r) -> {
      String code = r.required(n, "code", String.class, c);
      Label name = r.label(n, c);
      BigDecimal deduction = r.required(n, "deduction", BigDecimal.class, c);
      boolean major = Boolean.TRUE.equals(r.member(n, "major", Boolean.class, c));
      return r.build(c, null, () -> new IncidentKind(code, name, deduction, major));
    });
    reads(PayoutBand.class, (n, c, r) -> {
      BigDecimal minScore = r.required(n, "minScore", BigDecimal.class, c);
      Fraction share = r.required(n, "share", Fraction.class, c);
      return r.build(c, null, () -> new PayoutBand(minScore, share));
    });
    reads(BaseAmount.class, (n, c, r) -> {
      if (n.has("flat")) {
        BigDecimal amount = r.member(n, "flat", BigDecimal.class, c);
        return r.build(c, "flat", () -> new BaseAmount.Flat(amount));
      }
      List<AreaBand> bands = r.list(n, "byArea", AreaBand.class, c);
      return r.build(c, "byArea", () -> new BaseAmount.ByArea(bands));
    });
    reads(AreaBand.class, (n, c, r) -> {
      String bound = n.has("moreThan") ? "moreThan" : "atLeast";
      BigDecimal area = r.required(n, bound, BigDecimal.class, c);
      BigDecimal amount = r.required(n, "amount", BigDecimal.class, c);
      Comparison comparison = bound.equals("atLeast") ? Comparison.AT_LEAST : Comparison.MORE_THAN;
      return r.build(c, null, () -> new AreaBand(comparison, area, amount));
    });
    reads(CostSharing.class, TreeReader.listOf(CostShareKind.class, CostSharing::new));
    reads(CostShareKind.class, (n, c, r) -> {
      String kind = r.required(n, "kind", String.class, c);
      Label name = r.label(n, c);
      Fraction share = r.required(n, "governmentShare", Fraction.class, c);
      return r.build(c, null, () -> new CostShareKind(kind, name, share));
    });
    writes(Programmes.class, SubsidyParameterModule::writeProgrammes);
    writes(CostSharing.class, SubsidyParameterModule::writeCostSharing);
  }

  private static LocalDate date(JsonNode n, String name, DeserializationContext c, TreeReader<?> r) throws IOException {
    String text = r.required(n, name, String.class, c);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw r.failAt(c, "must be a calendar date in the form YYYY-MM-DD, such as 2024-01-01", name);
    }
  }

  private static Programme programme(JsonNode n, DeserializationContext c, TreeReader<Programme> r) throws IOException {
    String id = r.required(n, "id", String.class, c);
    Label name = r.label(n, c);
    LocalDate opens = date(n, "opens", c, r);
    LocalDate closes = date(n, "closes", c, r);
    BigDecimal budget = r.required(n, "budget", BigDecimal.class, c);
    List<Criterion> criteria = n.has("criteria") ? r.list(n, "criteria", Criterion.class, c) : List.of();
    ScoringScheme scoring = r.member(n, "scoring", ScoringScheme.class, c);
    List<PayoutBand> bands = n.has("payoutBands") ? r.list(n, "payoutBands", PayoutBand.class, c) : List.of();
    BaseAmount base = r.required(n, "base", BaseAmount.class, c);
    AllocationMethod allocation = r.required(n, "allocation", AllocationMethod.class, c);
    TieBreak tieBreak = r.required(n, "tieBreak", TieBreak.class, c);
    return r.build(c, null, () -> new Programme(id, name, opens, closes, budget, criteria, scoring, bands, base,
        allocation, tieBreak));
  }

  private static Criterion criterion(JsonNode n, DeserializationContext c, TreeReader<Criterion> r) throws IOException {
    String kind = r.required(n, "kind", String.class, c);
    switch (kind) {
      case "OLD_ESTATE": {
        int builtBefore = r.required(n, "builtBefore", Integer.class, c);
        return r.build(c, "builtBefore", () -> new Criterion.OldEstate(builtBefore));
      }
      case "COMPANY_SERVES":
        return new Criterion.CompanyServes();
      case "NOT_BARRED": {
        List<String> codes = r.list(n, "barredBy", String.class, c);
        return r.build(c, "barredBy", () -> new Criterion.NotBarred(codes));
      }
      case "SATISFACTION_PASSED":
        return new Criterion.SatisfactionPassed();
      case "FEE_COLLECTION": {
        Fraction minimum = r.required(n, "atLeast", Fraction.class, c);
        return r.build(c, "atLeast", () -> new Criterion.FeeCollection(minimum));
      }
      case "PARTY_PRESENT":
        return new Criterion.PartyPresent();
      default:
        throw r.failAt(c, "kind '" + kind + "' is not a criterion; the kinds are OLD_ESTATE, COMPANY_SERVES,"
            + " NOT_BARRED, SATISFACTION_PASSED, FEE_COLLECTION, PARTY_PRESENT", "kind");
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void writeProgrammes(Programmes value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.programmes(), p -> {
      gen.writeStringField("id", p.id());
      ParameterWriting.label(gen, p.name());
      gen.writeStringField("opens", p.opens().toString());
      gen.writeStringField("closes", p.closes().toString());
      gen.writeNumberField("budget", p.budget());
      ParameterWriting.objects(gen, "criteria", p.criteria(), criterion -> criterion(criterion, gen));
      if (p.scoring() != null) {
        gen.writeFieldName("scoring");
        scoring(p.scoring(), gen);
        ParameterWriting.objects(gen, "payoutBands", p.payoutBands(), band -> {
          gen.writeNumberField("minScore", band.minScore());
          gen.writeStringField("share", band.share().toString());
        });
      }
      gen.writeObjectFieldStart("base");
      if (p.base() instanceof BaseAmount.Flat flat) {
        gen.writeNumberField("flat", flat.amount());
      } else {
        ParameterWriting.objects(gen, "byArea", ((BaseAmount.ByArea) p.base()).bands(), band -> {
          gen.writeNumberField(band.comparison() == Comparison.AT_LEAST ? "atLeast" : "moreThan", band.area());
          gen.writeNumberField("amount", band.amount());
        });
      }
      gen.writeEndObject();
      gen.writeStringField("allocation", p.allocation().name());
      gen.writeStringField("tieBreak", p.tieBreak().name());
    });
  }

  /** A criterion's members: its kind and what that kind takes. */
  private static void criterion(Criterion criterion, JsonGenerator gen) throws IOException {
    gen.writeStringField("kind", criterion.kind());
    if (criterion instanceof Criterion.OldEstate old) {
      gen.writeNumberField("builtBefore", old.builtBefore());
    } else if (criterion instanceof Criterion.NotBarred notBarred) {
      ParameterWriting.strings(gen, "barredBy", notBarred.barredBy());
    } else if (criterion instanceof Criterion.FeeCollection fee) {
      gen.writeStringField("atLeast", fee.minimum().toString());
    }
  }

  private static void scoring(ScoringScheme scoring, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (scoring.feeCollection() != null) {
      gen.writeObjectFieldStart("feeCollection");
      bands("bands", scoring.feeCollection().bands(), gen);
      bands("bonuses", scoring.feeCollection().bonuses(), gen);
      gen.writeEndObject();
    }
    if (scoring.inspectionMax() != null) {
      gen.writeNumberField("inspectionMax", scoring.inspectionMax());
    }
    if (scoring.safety() != null) {
      gen.writeObjectFieldStart("safety");
      gen.writeNumberField("max", scoring.safety().max());
      ParameterWriting.objects(gen, "incidentKinds", scoring.safety().kinds(), kind -> {
        gen.writeStringField("code", kind.code());
        ParameterWriting.label(gen, kind.name());
        gen.writeNumberField("deduction", kind.deduction());
        gen.writeBooleanField("major", kind.major());
      });
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void bands(String name, List<ScoreBand> bands, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, name, bands, band -> {
      gen.writeStringField("atLeast", band.atLeast().toString());
      gen.writeNumberField("points", band.points());
    });
  }

  private static void writeCostSharing(CostSharing value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.rules(), rule -> {
      gen.writeStringField("kind", rule.kind());
      ParameterWriting.label(gen, rule.name());
      gen.writeStringField("governmentShare", rule.governmentShare().toString());
    });
  }
}
