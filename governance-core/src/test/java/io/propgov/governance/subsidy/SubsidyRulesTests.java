package io.propgov.governance.subsidy;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.subsidy.SubsidyFixtures.AS_OF;
import static io.propgov.governance.subsidy.SubsidyFixtures.caoluApp;
import static io.propgov.governance.subsidy.SubsidyFixtures.servedByK1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsidyRulesTests {

  private static final SubsidyRules RULES = new SubsidyRules(SubsidyFixtures.POLICY);

  private static Decision<Award> caolu(Application a) {
    return RULES.decide(a, servedByK1(), AS_OF);
  }

  private static Application withArea(String area) {
    Application a = caoluApp("a", "7000");
    return new Application(a.id(), a.programmeId(), a.companyId(), a.estateId(), a.filed(), a.builtYear(),
        new BigDecimal(area), a.fees(), a.inspectionPoints(), a.incidents(), a.credit());
  }

  private static Application withIncidents(String... kinds) {
    Application a = caoluApp("a", "7000");
    return new Application(a.id(), a.programmeId(), a.companyId(), a.estateId(), a.filed(), a.builtYear(),
        a.floorArea(), a.fees(), a.inspectionPoints(),
        java.util.Arrays.stream(kinds).map(k -> new SafetyIncident(k, LocalDate.of(2024, 5, 1))).toList(), a.credit());
  }

  @Nested
  class FeeCollectionBands {

    @ParameterizedTest(name = "collected {0} of 10000 gives {1} points and {2} bonus")
    @CsvSource({"7000, 40, 10", "6999.99, 40, 0", "6500, 40, 0", "6499.99, 35, 0", "6000, 35, 0", "5999.99, 30, 0",
        "5000, 30, 0", "4999.99, 25, 0", "4000, 25, 0", "3999.99, 20, 0", "3000, 20, 0", "2999.99, 0, 0"})
    void eachBandEdgeIsExactBothWays(String collected, int points, int bonus) {
      Score score = caolu(caoluApp("a", collected)).value().score();

      assertEquals(0, BigDecimal.valueOf(points).compareTo(score.feeCollection()));
      assertEquals(0, BigDecimal.valueOf(bonus).compareTo(score.feeBonus()));
    }
  }

  @Nested
  class PayoutAndAmount {

    @Test
    void eightyPointsArePaidInFullAndSeventyNineAtEightyPercent() {
      // 40 + 10 bonus + 40 inspections + 20 safety = 110; a serious incident (-10) and inspections set the total
      Application eighty = new Application("a", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1995,
          new BigDecimal("60000"), new FeeAccount(new BigDecimal("100"), new BigDecimal("65")), BigDecimal.valueOf(20),
          List.of(), CreditStanding.CLEAN);
      Application seventyNine = new Application("b", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1995,
          new BigDecimal("60000"), new FeeAccount(new BigDecimal("100"), new BigDecimal("65")), BigDecimal.valueOf(19),
          List.of(), CreditStanding.CLEAN);

      assertEquals(new BigDecimal("50000.00"), caolu(eighty).value().amount());
      assertEquals(new BigDecimal("40000.00"), caolu(seventyNine).value().amount());
    }

    @ParameterizedTest(name = "{0} m² gives a base of {1}")
    @CsvSource({"49999.99, 30000.00", "50000, 50000.00", "100000, 50000.00", "100000.01, 70000.00", "0, 30000.00"})
    void areaBandEdges(String area, String base) {
      assertEquals(new BigDecimal(base), caolu(withArea(area)).value().baseAmount());
    }

    @Test
    void deductionsAddUpAndAMajorIncidentZeroesSafety() {
      assertEquals(0, new BigDecimal("5").compareTo(caolu(withIncidents("serious", "minor")).value().score().safety()));
      assertEquals(0, BigDecimal.ZERO.compareTo(caolu(withIncidents("serious", "serious", "minor")).value().score()
          .safety()), "never below 0");
      Decision<Award> major = caolu(withIncidents("minor", "major"));
      assertEquals(0, BigDecimal.ZERO.compareTo(major.value().score().safety()));
      assertEquals(Outcome.NOT_MET, major.reason("subsidy.score.safety").orElseThrow().outcome());
      assertTrue(major.render(Locale.ENGLISH).contains("major incident"));
    }

    @Test
    void theAmountHasScaleTwo() {
      assertEquals(2, caolu(caoluApp("a", "7000")).value().amount().scale());
      assertEquals(2, caolu(new Application("x", "caolu", "K9", "E1", LocalDate.of(2024, 7, 1), 1995, null, null,
          null, List.of(), null)).value().amount().scale());
    }
  }

  @Nested
  class Eligibility {

    @Test
    void everyUnmetCriterionIsListedNotOnlyTheFirst() {
      Application a = new Application("x", "caolu", "K9", "E1", LocalDate.of(2024, 7, 1), 2001, null, null, null,
          List.of(), null);

      Award award = caolu(a).value();

      assertFalse(award.eligible());
      assertEquals(List.of("subsidy.old-estate", "subsidy.company-serves", "subsidy.credit-standing"), award.unmet());
      assertEquals(new BigDecimal("0.00"), award.amount());
    }

    @Test
    void aBlacklistedCompanyIsRefusedWithTheCreditReason() {
      Application a = caoluApp("a", "7000").withCredit(new CreditStanding(List.of(
          new CreditConsequence("REDUCED_INSPECTIONS", new Label("grade A", "A级")),
          new CreditConsequence("BARRED_FROM_SUBSIDIES", new Label("one serious violation", "一次严重违法")))));

      Decision<Award> d = caolu(a);

      assertEquals(List.of("subsidy.credit"), d.value().unmet());
      assertTrue(d.render(Locale.ENGLISH).contains(
          "barred by the credit consequence Barred from subsidies and funds: one serious violation"));
      assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("受信用惩戒 限制享受补贴和政府资金 限制"));
      assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("一次严重违法"));
    }

    @Test
    void thePartyOfAnotherCompanyDoesNotCount() {
      Decision<Award> d = RULES.decide(new Application("s", "five-star", "K2", "E1", LocalDate.of(2024, 3, 1), null,
          null, new FeeAccount(BigDecimal.TEN, BigDecimal.TEN), null, List.of(), CreditStanding.CLEAN), servedByK1(),
          AS_OF);

      assertEquals(List.of("subsidy.company-serves", "subsidy.party"), d.value().unmet());
    }
  }

  @Nested
  class InputErrors {

    @Test
    void everyProblemIsReportedAtOnceWithPointers() {
      Application a = new Application("x", "caolu", "K1", "E1", LocalDate.of(2025, 1, 1), 1995, null, null,
          BigDecimal.valueOf(41), List.of(new SafetyIncident("fire", LocalDate.of(2024, 1, 1))), null);

      List<InputError> errors = Valid.errors(RULES.validate(new ApplicationCase(a, EstateStanding.UNKNOWN),
          "/applications/0", AS_OF));

      assertEquals(List.of("/applications/0/filed", "/applications/0/inspectionPoints",
          "/applications/0/incidents/0/kind"), errors.stream().map(InputError::pointer).toList());
      assertThrows(InvalidFactsException.class, () -> caolu(a));
    }

    @Test
    void anUnknownProgrammeNamesTheKnownOnes() {
      Application a = new Application("x", "caoluu", "K1", "E1", LocalDate.of(2024, 1, 1), 1995, null, null, null,
          List.of(), null);

      InputError e = Valid.errors(RULES.validate(new ApplicationCase(a, EstateStanding.UNKNOWN), "", AS_OF)).get(0);

      assertEquals("/programmeId", e.pointer());
      assertTrue(e.message().contains("caolu, five-star"), e.message());
    }

    @Test
    void aPolicyWithoutProgrammesSaysSo() {
      InputError e = Valid.errors(new SubsidyRules(Fixtures.CN_DEFAULT).validate(
          new ApplicationCase(caoluApp("a", "1"), EstateStanding.UNKNOWN), "", AS_OF)).get(0);

      assertEquals("no-programmes", e.code());
    }
  }

  @Nested
  class Allocation {

    private final List<Award> awards = List.of(caolu(caoluApp("b", "7000")).value(),
        caolu(caoluApp("a", "7000")).value(), caolu(caoluApp("c", "6000")).value());

    @Test
    void aBudgetShortByOneFenTakesTheFenFromTheSmallestRemainderAndTheHigherId() {
      Decision<io.propgov.governance.subsidy.Allocation> d = new SubsidyRules(SubsidyFixtures.policy(
          SubsidyFixtures.caolu(new BigDecimal("149999.99"), AllocationMethod.PRO_RATA))).allocate("caolu", awards,
          AS_OF);

      List<AllocationShare> shares = d.value().shares();
      assertEquals(List.of("a", "b", "c"), shares.stream().map(AllocationShare::applicationId).toList());
      assertEquals(List.of(new BigDecimal("50000.00"), new BigDecimal("50000.00"), new BigDecimal("49999.99")),
          shares.stream().map(AllocationShare::granted).toList());
      assertEquals(new BigDecimal("149999.99"), d.value().granted());
    }

    @Test
    void priorityTiesAreBrokenByTheStatedKey() {
      Decision<io.propgov.governance.subsidy.Allocation> d = new SubsidyRules(SubsidyFixtures.policy(
          SubsidyFixtures.caolu(new BigDecimal("60000"), AllocationMethod.PRIORITY_BY_SCORE))).allocate("caolu",
          awards, AS_OF);

      assertEquals(List.of("a", "b", "c"), d.value().shares().stream().map(AllocationShare::applicationId).toList());
      assertEquals(List.of(new BigDecimal("50000.00"), new BigDecimal("10000.00"), new BigDecimal("0.00")),
          d.value().shares().stream().map(AllocationShare::granted).toList());
    }

    @Test
    void ineligibleAwardsTakeNoPart() {
      Award refused = caolu(caoluApp("z", "7000").withCredit(new CreditStanding(List.of(new CreditConsequence(
          "BARRED_FROM_SUBSIDIES", new Label("x", "x")))))).value();

      assertEquals(0, RULES.allocate("caolu", List.of(refused), AS_OF).value().shares().size());
    }
  }

  @Nested
  class CostSharing {

    @Test
    void aSplitThatDoesNotDivideEvenlyStillAddsUp() {
      CostSplit split = RULES.split(new CostShare("roof", "emergency-repair", "E1", new BigDecimal("100.00"), List.of(
          new HouseholdArea("101", new BigDecimal("1")), new HouseholdArea("102", new BigDecimal("1")),
          new HouseholdArea("103", new BigDecimal("1")))), AS_OF).value();

      assertEquals(new BigDecimal("33.33"), split.government());
      assertEquals(new BigDecimal("66.67"), split.owners());
      assertEquals(List.of(new BigDecimal("22.23"), new BigDecimal("22.22"), new BigDecimal("22.22")),
          split.households().stream().map(HouseholdShare::amount).toList());
    }

    @Test
    void anUnknownKindIsAnError() {
      CostShare c = new CostShare("x", "paint", null, BigDecimal.ONE, List.of(new HouseholdArea("1", BigDecimal.ONE)));

      assertEquals("/costShares/0/kind", Valid.errors(RULES.validate(c, "/costShares/0", AS_OF)).get(0).pointer());
    }
  }

  @Nested
  class ThroughTheEngine {

    private final GovernanceEngine engine = GovernanceEngine.create(SubsidyFixtures.POLICY);
    private final Estate estate = new Estate("E1", "E1", new PropertyCompany("K1", "K1", new PartyStatus(3,
        PartyForm.BRANCH, false, false), null, null), List.of(Fixtures.failed("r1", LocalDate.of(2024, 6, 30))),
        List.of(), null, 0, null, new FeeAccount(new BigDecimal("100"), new BigDecimal("90")), null);

    @Test
    void theSatisfactionVerdictComesFromTheSatisfactionRules() {
      Application a = new Application("s", "five-star", "K1", "E1", LocalDate.of(2024, 8, 1), null, null, null, null,
          List.of(), CreditStanding.CLEAN);

      Decision<Award> d = engine.award(a, estate, AS_OF);

      assertEquals(List.of("subsidy.satisfaction"), d.value().unmet());
    }

    @Test
    void aBatchGivesOneResultPerApplicationAndNamesUnknownEstates() {
      Application good = caoluApp("a", "7000");
      Application lost = new Application("b", "caolu", "K1", "E404", LocalDate.of(2024, 7, 1), 1995, null, null,
          null, List.of(), null);

      List<Result<Award>> results = engine.awardAll(List.of(good, lost, good), List.of(estate), AS_OF);

      assertTrue(results.get(0).isDecided());
      assertEquals(List.of("a", "b", "a"), results.stream().map(Result::id).toList());
      assertEquals("/applications/1/estateId", results.get(1).errors().get(0).pointer());
      assertEquals("/applications/2/id", results.get(2).errors().get(0).pointer());
      assertEquals(1, engine.allocate(results, AS_OF).size());
    }
  }
}
