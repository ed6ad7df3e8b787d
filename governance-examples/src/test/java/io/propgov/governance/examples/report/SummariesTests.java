package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.ServiceNeed;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.vote.Matter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The summary rows and totals of the bundled sample data under the default policy. */
class SummariesTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** The decisions an evaluation of the sample data makes, as {@code evaluate} makes them. */
  record Sample(List<Result<EstateReport>> reports, Facts facts, List<Result<CreditAssessment>> companies,
      List<Decision<Allocation>> allocations) {

    static Sample judge() {
      GovernanceJson json = GovernanceJson.create();
      GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, Presets.DEFAULT, Path.of("")));
      Facts facts = SampleData.load(json);
      List<Result<Award>> awards = engine.awardAll(facts.applications(), facts.estates(), facts.companies(), AS_OF);
      return new Sample(engine.assessEstates(facts.governance(), AS_OF), facts,
          engine.credit().assessAll(facts.companies(), AS_OF), engine.allocate(awards, AS_OF));
    }

    List<EstateSummary> rows() {
      return Summaries.of(reports, facts.estates(), companies, allocations);
    }
  }

  private static EstateSummary row(List<EstateSummary> rows, String id) {
    return rows.stream().filter(r -> id.equals(r.estateId())).findFirst().orElseThrow();
  }

  @Test
  void oneRowPerEstateInInputOrderWithItsStatus() {
    List<EstateSummary> rows = Sample.judge().rows();

    assertEquals(List.of("WH-JA-0001", "HD-CT-0042", "BJ-FT-0240", "CX-LY-0007", "WH-QS-0311", "WH-HY-0150"),
        rows.stream().map(EstateSummary::estateId).toList());
    assertEquals(List.of(SummaryStatus.SATISFACTORY, SummaryStatus.DISMISSAL_MAY_START,
        SummaryStatus.DISMISSAL_DECIDED, SummaryStatus.NO_VALID_RATING, SummaryStatus.DISMISSAL_MAY_START,
        SummaryStatus.SATISFACTORY), rows.stream().map(EstateSummary::status).toList());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(i, rows.get(i).index());
    }
  }

  @Test
  void aJudgedEstateCarriesItsRatingServiceCompanyAndAwards() {
    EstateSummary ja = row(Sample.judge().rows(), "WH-JA-0001");

    assertAll(
        () -> assertEquals("2024-H2", ja.rating().roundId()),
        () -> assertTrue(ja.rating().passed()),
        () -> assertEquals(new BigDecimal("79.41"), ja.rating().shownScore()),
        () -> assertTrue(ja.rating().score().compareTo(Fraction.of(7941, 100)) != 0, "the score is kept exact"),
        () -> assertNull(ja.vote()),
        () -> assertEquals("level-2", ja.service().tier()),
        () -> assertEquals("level-3", ja.service().target()),
        () -> assertEquals(ServiceNeed.MEETS_TARGET, ja.service().need()),
        () -> assertTrue(ja.service().targetMet()),
        () -> assertEquals("MARKET", ja.service().mode().id()),
        () -> assertEquals("91420102MA4K001", ja.company().id()),
        () -> assertFalse(ja.company().name().isEmpty()),
        () -> assertEquals("AAA", ja.company().grade()),
        () -> assertEquals(Boolean.FALSE, ja.company().blacklisted()),
        () -> assertEquals(2, ja.applications()),
        () -> assertEquals(new BigDecimal("280000.00"), ja.awards()),
        () -> assertEquals("武汉江岸老旧小区（市场化接管） (WH-JA-0001)", ja.displayName()));
  }

  @Test
  void theLatestVoteAndADecidedDismissalShow() {
    EstateSummary bj = row(Sample.judge().rows(), "BJ-FT-0240");

    assertAll(
        () -> assertEquals(Matter.DISMISS_COMPANY, bj.vote().matter()),
        () -> assertEquals(VoteOutcome.PASSED, bj.vote().outcome()),
        () -> assertEquals(LocalDate.of(2024, 11, 14), bj.contractEnd()),
        () -> assertEquals("解聘物业", bj.vote().matterLabel().zh()),
        () -> assertNull(bj.company().grade(), "no credit record: not judged, never a passing grade"),
        () -> assertNull(bj.company().blacklisted()),
        () -> assertEquals(BigDecimal.ZERO.setScale(2), bj.awards()));
  }

  @Test
  void anEstateWithoutServiceFactsHasNoServicePart() {
    EstateSummary cx = row(Sample.judge().rows(), "CX-LY-0007");

    assertNull(cx.service());
    assertNull(cx.rating(), "no valid round yet");
  }

  @Test
  void totalsCountDismissalsListedCompaniesAndMoneyGranted() {
    Sample sample = Sample.judge();
    List<EstateSummary> rows = sample.rows();
    ReportTotals totals = ReportTotals.of(rows, sample.companies(), sample.allocations());

    long listed = sample.companies().stream().filter(Result::isDecided)
        .filter(r -> r.decision().value().blacklist().value().listed()).count();
    assertAll(
        () -> assertEquals(6, totals.estates()),
        () -> assertEquals(6, totals.judged()),
        () -> assertEquals(0, totals.rejected()),
        () -> assertEquals(2, totals.dismissalMayStart()),
        () -> assertEquals(1, totals.dismissalDecided()),
        () -> assertEquals(listed, totals.companiesListed()),
        () -> assertEquals(sample.companies().size(), totals.companiesRated()),
        () -> assertEquals(new BigDecimal("280000.00"), totals.moneyAwarded()),
        () -> assertEquals(new BigDecimal("280000.00"),
            ReportTotals.of(rows, List.of(), List.of()).moneyAwarded(), "without allocations, the rows' awards"));
  }

  @Test
  void aRejectedEstateGetsARowWithItsErrors() {
    Sample sample = Sample.judge();
    List<Result<EstateReport>> reports = new ArrayList<>(sample.reports());
    InputError error = new InputError("/estates/6/households", "type", "must be an integer");
    reports.add(Result.rejected(6, "BAD-1", List.of(error, error)));
    reports.add(Result.rejected(7, null, List.of(error)));

    List<EstateSummary> rows = Summaries.of(reports, sample.facts().estates(), List.of(), List.of());
    ReportTotals totals = ReportTotals.of(rows, List.of(), List.of());

    EstateSummary bad = rows.get(6);
    assertAll(
        () -> assertEquals(SummaryStatus.REJECTED, bad.status()),
        () -> assertEquals("rejected", bad.status().code()),
        () -> assertEquals("输入有误", bad.status().text(Locale.SIMPLIFIED_CHINESE)),
        () -> assertEquals(2, bad.errors().size()),
        () -> assertFalse(bad.judged()),
        () -> assertNull(bad.company()),
        () -> assertEquals("BAD-1", bad.displayName()),
        () -> assertEquals("#8", rows.get(7).displayName(), "an estate without a readable id by its position"),
        () -> assertEquals(8, totals.estates()),
        () -> assertEquals(2, totals.rejected()));
  }

  @Test
  void aRowIsRejectedExactlyWhenItHasErrors() {
    InputError error = new InputError("/x", "type", "bad");
    assertThrows(IllegalArgumentException.class, () -> EstateSummary.rejected(0, "E", null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new EstateSummary(0, "E", "", SummaryStatus.SATISFACTORY,
        null, List.of(error), null, null, null, null, 0, BigDecimal.ZERO));
    assertThrows(ArithmeticException.class, () -> new EstateSummary(0, "E", "", SummaryStatus.SATISFACTORY,
        null, List.of(), null, null, null, null, 0, new BigDecimal("0.001")), "money is never rounded");
  }

  @Test
  void aScoreJustBelowTheLineIsNeverShownAtIt() {
    EstateSummary.Rating rating = new EstateSummary.Rating("R", AS_OF, Fraction.of(59999, 1000), false, 1, 1);

    assertEquals(new BigDecimal("59.99"), rating.shownScore());
    assertEquals(new BigDecimal("60"), new EstateSummary.Rating("R", AS_OF, Fraction.of(60), true, 0, 1).shownScore());
  }

  @Test
  void aCompanyIsRatedOnlyWithGradeScoreAndListingTogether() {
    assertThrows(IllegalArgumentException.class,
        () -> new EstateSummary.Company("C", "", BigDecimal.ONE, null, null, Boolean.FALSE));
    assertEquals("C", new EstateSummary.Company("C", "", null, null, null, null).displayName());
  }

  @Test
  void everyStatusHasALabelInBothLanguagesAndATone() {
    for (SummaryStatus status : SummaryStatus.values()) {
      assertFalse(status.label().en().isBlank());
      assertFalse(status.label().zh().isBlank());
    }
    assertEquals(Tone.GOOD, SummaryStatus.SATISFACTORY.tone());
    assertEquals(Tone.BAD, SummaryStatus.DISMISSAL_MAY_START.tone());
  }
}
