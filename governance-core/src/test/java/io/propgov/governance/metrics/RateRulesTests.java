package io.propgov.governance.metrics;

import static io.propgov.governance.Fixtures.COMPANY;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.committee;
import static io.propgov.governance.Fixtures.community;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.households;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.Fixtures.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateRulesTests {

  static final LocalDate AS_OF = date("2024-12-31");

  /** sd → c1 → {e1, e2}, sd → c2 → e3. */
  static final OrgTree TREE = OrgTree.of(WUHAN_LEVELS, List.of(
      unit("sd", "sub-district", null),
      unit("c1", "community", "sd"),
      unit("e1", "estate", "c1"),
      unit("e2", "estate", "c1"),
      unit("c2", "community", "sd"),
      unit("e3", "estate", "c2")));

  static final Committee OWNERS = new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(0, null, false, false));
  static final Committee MANAGEMENT = new Committee(CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE,
      new PartyStatus(0, null, false, false));

  static final Function<Estate, Optional<RoundStatus>> NO_RATING = e -> Optional.empty();

  static Estate placed(String id, String unitId, int households, ServiceMode mode, FeeAccount fees,
      List<SurveyRound> rounds, List<OwnersVote> votes) {
    return new Estate(id, "Estate " + id, COMPANY, rounds, votes, unitId, households, mode, fees, null);
  }

  static Estate withCommittee(String id, String unitId, Committee committee) {
    return new Estate(id, "Estate " + id, COMPANY, List.of(), List.of(), unitId, 10, ServiceMode.MARKET, null,
        committee);
  }

  static Estate placed(String id, String unitId, int households, ServiceMode mode) {
    return placed(id, unitId, households, mode, null, List.of(), List.of());
  }

  /** Six estates of 10 households with these modes, in order: A and B in e1, C in e2, D, E and F in e3. */
  static List<Estate> sixEstates(ServiceMode... modes) {
    String[] units = {"e1", "e1", "e2", "e3", "e3", "e3"};
    List<Estate> estates = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      estates.add(placed(String.valueOf((char) ('A' + i)), units[i], 10, modes[i]));
    }
    return estates;
  }

  static FeeAccount fees(String billed, String collected) {
    return new FeeAccount(new BigDecimal(billed), new BigDecimal(collected));
  }

  static Ratio ratio(long part, long whole) {
    return Ratio.of(part, whole);
  }

  /** A unit's rates under the presets' six definitions, in their order. */
  static UnitRates six(String unitId, int estates, Ratio... ratios) {
    List<Rate> rates = new ArrayList<>();
    for (int i = 0; i < ratios.length; i++) {
      rates.add(new Rate(RateFixtures.SIX.rates().get(i), ratios[i]));
    }
    return new UnitRates(unitId, estates, rates);
  }

  static Map<String, UnitRates> rollUp(List<Estate> estates) {
    return RateRules.rollUp(TREE, estates, RateFixtures.SIX, NO_RATING, AS_OF);
  }

  @Nested
  class Coverage {

    @Test
    void everyModeButNoneCountsAsCoveredAndUnknownModeAsUncovered() {
      Map<String, UnitRates> rates = rollUp(sixEstates(ServiceMode.MARKET, ServiceMode.NONE, null,
          ServiceMode.SELF_MANAGED, ServiceMode.COMMUNITY_INTERIM, ServiceMode.PUBLIC_WELFARE));
      assertEquals(ratio(1, 2), rates.get("e1").coverage());
      assertEquals(ratio(0, 1), rates.get("e2").coverage());
      assertEquals(ratio(1, 3), rates.get("c1").coverage());
      assertEquals(ratio(3, 3), rates.get("c2").coverage());
      assertEquals(ratio(4, 6), rates.get("sd").coverage());
      assertEquals(6, rates.get("sd").estates());
      assertEquals(3, rates.get("c1").estates());
    }

    @Test
    void professionalCoverageCountsMarketCompaniesAloneOverAllEstates() {
      Map<String, UnitRates> rates = rollUp(sixEstates(ServiceMode.MARKET, ServiceMode.PUBLIC_WELFARE, null,
          ServiceMode.SELF_MANAGED, ServiceMode.COMMUNITY_INTERIM, ServiceMode.MARKET));
      assertEquals(ratio(1, 2), rates.get("e1").professionalCoverage());
      assertEquals(ratio(2, 2), rates.get("e1").coverage(), "any mode covers");
      assertEquals(ratio(1, 3), rates.get("c2").professionalCoverage());
      assertEquals(ratio(2, 6), rates.get("sd").professionalCoverage());
      assertEquals(ratio(5, 6), rates.get("sd").coverage());
    }

    @Test
    void committeeCoverageCountsOwnersAndPropertyManagementCommitteesOverAllEstates() {
      Map<String, UnitRates> rates = rollUp(List.of(withCommittee("A", "e1", OWNERS),
          withCommittee("B", "e2", MANAGEMENT), withCommittee("C", "e3", null)));
      assertEquals(ratio(1, 1), rates.get("e1").committeeCoverage());
      assertEquals(ratio(1, 1), rates.get("e2").committeeCoverage());
      assertEquals(ratio(0, 1), rates.get("e3").committeeCoverage());
      assertEquals(ratio(2, 3), rates.get("sd").committeeCoverage());
    }

    /** Chuxiong, 2023: 311 owners' committees and 427 property management committees for 738 estates. */
    @Test
    void chuxiongCommitteeCoverageFromItsPublishedCountsIsExactlyOne() {
      List<Estate> estates = new ArrayList<>();
      for (int i = 0; i < 738; i++) {
        estates.add(withCommittee("E" + i, i % 3 == 0 ? "e1" : "e3", i < 311 ? OWNERS : MANAGEMENT));
      }
      Ratio sd = rollUp(estates).get("sd").committeeCoverage();
      assertEquals(ratio(738, 738), sd);
      assertEquals(Fraction.of(1), sd.share().orElseThrow());
      estates.set(737, withCommittee("E737", "e3", null));
      assertEquals(ratio(737, 738), rollUp(estates).get("sd").committeeCoverage(), "one estate without is below 100%");
    }

    @Test
    void unitWithoutEstatesInItsSubtreeHasEmptyRatiosThatStillAdd() {
      Map<String, UnitRates> rates = rollUp(List.of(placed("A", "e1", 10, ServiceMode.MARKET)));
      assertEquals(Ratio.NONE, rates.get("c2").coverage());
      assertEquals(0, rates.get("c2").estates());
      assertEquals(Optional.empty(), rates.get("c2").coverage().share());
      assertEquals(ratio(1, 1), rates.get("sd").coverage());
    }

    @Test
    void estatesNotPlacedOrPlacedOutsideTheTreeAreLeftOut() {
      Map<String, UnitRates> rates = rollUp(List.of(placed("A", "e1", 10, ServiceMode.MARKET),
          placed("B", null, 10, ServiceMode.NONE), placed("C", "elsewhere", 10, ServiceMode.NONE)));
      assertEquals(ratio(1, 1), rates.get("sd").coverage());
      assertEquals(1, rates.get("sd").estates());
    }

    @Test
    void estateAttachedToAnInnerUnitCountsThereAndAbove() {
      Map<String, UnitRates> rates = rollUp(List.of(placed("A", "c1", 10, ServiceMode.NONE),
          placed("B", "e1", 10, ServiceMode.MARKET)));
      assertEquals(ratio(1, 1), rates.get("e1").coverage());
      assertEquals(ratio(1, 2), rates.get("c1").coverage());
      assertEquals(ratio(1, 2), rates.get("sd").coverage());
    }

    @Test
    void resultListsEveryUnitInTheOrderGivenEachUnderItsOwnId() {
      Map<String, UnitRates> rates = rollUp(List.of());
      assertEquals(List.of("sd", "c1", "e1", "e2", "c2", "e3"), List.copyOf(rates.keySet()));
      rates.forEach((id, r) -> assertEquals(id, r.unitId()));
    }
  }

  @Nested
  class Participation {

    @Test
    void householdsThatTookPartAreSummedNeverAveraged() {
      // e1: 90 of 100 and 1 of 10 households; the average of the two rates (50%) is not the rate of e1
      Map<String, UnitRates> rates = rollUp(List.of(
          placed("A", "e1", 100, ServiceMode.MARKET, null, List.of(round("r", date("2024-06-30"), 100, 90, "80")),
              List.of()),
          placed("B", "e1", 10, ServiceMode.MARKET, null, List.of(round("r", date("2024-06-30"), 10, 1, "80")),
              List.of()),
          placed("C", "e2", 50, ServiceMode.MARKET, null, List.of(round("r", date("2024-06-30"), 50, 25, "80")),
              List.of())));
      assertEquals(ratio(91, 110), rates.get("e1").participation());
      assertEquals(Fraction.of(91, 110), rates.get("e1").participation().share().orElseThrow());
      assertNotEquals(Fraction.of(1, 2), rates.get("e1").participation().share().orElseThrow());
      assertEquals(ratio(116, 160), rates.get("c1").participation());
      assertNotEquals(Fraction.of(91, 110).plus(Fraction.of(1, 2)).dividedBy(Fraction.of(2)),
          rates.get("c1").participation().share().orElseThrow(), "not the average of e1's and e2's rates");
      assertEquals(ratio(116, 160), rates.get("sd").participation());
    }

    @Test
    void latestSurveyRoundByTheAsOfDateCounts() {
      Estate a = placed("A", "e1", 100, ServiceMode.MARKET, null, List.of(
          round("late", date("2024-09-30"), 100, 90, "80"), round("early", date("2024-03-31"), 100, 50, "80")),
          List.of());
      assertEquals(ratio(90, 100), rollUp(List.of(a)).get("e1").participation());
      assertEquals(ratio(50, 100), RateRules.rollUp(TREE, List.of(a), RateFixtures.SIX, NO_RATING, date("2024-06-30")).get("e1")
          .participation(), "the September round is not yet known in June");
      assertEquals(ratio(0, 100), RateRules.rollUp(TREE, List.of(a), RateFixtures.SIX, NO_RATING, date("2024-01-31")).get("e1")
          .participation(), "nobody has taken part yet");
    }

    @Test
    void onlyHouseholdAnswersCountAsParticipants() {
      Estate a = placed("A", "e1", 100, ServiceMode.MARKET, null, List.of(round("r", date("2024-06-30"), 100,
          households(40, "80"), committee(5, "80"), community(3, "80"))), List.of());
      assertEquals(ratio(40, 100), rollUp(List.of(a)).get("e1").participation());
    }

    @Test
    void laterVoteCountsItsOwnersOnce() {
      OwnersVote v = vote("v", Matter.OTHER, date("2024-10-15"), 100, "10000",
          ballots("f", 30, "100", BallotChoice.FOR), ballots("f", 5, "50", BallotChoice.FOR),
          ballots("a", 10, "100", BallotChoice.AGAINST));
      Estate a = placed("A", "e1", 100, ServiceMode.MARKET, null,
          List.of(round("r", date("2024-06-30"), 100, 90, "80")), List.of(v));
      assertEquals(ratio(40, 100), rollUp(List.of(a)).get("e1").participation(),
          "owners f1..f5 cast two ballots each and count once");
    }

    @Test
    void voteOnTheDayOfASurveyRoundWins() {
      OwnersVote v = vote("v", Matter.OTHER, date("2024-06-30"), 100, "10000", ballots("f", 30, "100",
          BallotChoice.FOR));
      Estate a = placed("A", "e1", 100, ServiceMode.MARKET, null,
          List.of(round("r", date("2024-06-30"), 100, 90, "80")), List.of(v));
      assertEquals(ratio(30, 100), rollUp(List.of(a)).get("e1").participation());
    }

    @Test
    void participantsAreCappedAtTheEstatesHouseholds() {
      OwnersVote v = vote("v", Matter.OTHER, date("2024-06-30"), 100, "10000", ballots("f", 60, "100",
          BallotChoice.FOR));
      Estate a = placed("A", "e1", 40, ServiceMode.MARKET, null, List.of(), List.of(v));
      assertEquals(ratio(40, 40), rollUp(List.of(a)).get("e1").participation());
    }

    @Test
    void estateWithUnknownHouseholdsIsLeftOutOfParticipation() {
      Map<String, UnitRates> rates = rollUp(List.of(placed("A", "e1", 0, ServiceMode.MARKET, null,
          List.of(round("r", date("2024-06-30"), 10, 9, "80")), List.of()), placed("B", "e1", 20, ServiceMode.MARKET)));
      assertEquals(ratio(0, 20), rates.get("e1").participation());
    }
  }

  @Nested
  class FeeCollection {

    @Test
    void feesAreSummedExactlyInCny() {
      Map<String, UnitRates> rates = rollUp(List.of(
          placed("A", "e1", 10, ServiceMode.MARKET, fees("1000.10", "900.05"), List.of(), List.of()),
          placed("B", "e1", 10, ServiceMode.MARKET, fees("0.20", "0.10"), List.of(), List.of()),
          placed("C", "e2", 10, ServiceMode.MARKET, null, List.of(), List.of()),
          placed("D", "e3", 10, ServiceMode.MARKET, fees("2000", "1999.99"), List.of(), List.of())));
      assertEquals(new Ratio(new BigDecimal("900.15"), new BigDecimal("1000.30")), rates.get("e1").feeCollection());
      assertEquals(Ratio.NONE, rates.get("e2").feeCollection(), "an estate without fee figures is left out");
      assertEquals(new Ratio(new BigDecimal("900.15"), new BigDecimal("1000.30")), rates.get("c1").feeCollection());
      assertEquals(new Ratio(new BigDecimal("2900.14"), new BigDecimal("3000.30")), rates.get("sd").feeCollection());
      assertEquals(Fraction.of(290014, 300030), rates.get("sd").feeCollection().share().orElseThrow());
    }

    @Test
    void manySmallAmountsAddUpWithoutRounding() {
      List<Estate> estates = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        estates.add(placed("E" + i, i % 2 == 0 ? "e1" : "e3", 10, ServiceMode.MARKET, fees("0.10", "0.01"), List.of(),
            List.of()));
      }
      Ratio sd = rollUp(estates).get("sd").feeCollection();
      assertEquals(0, sd.numerator().compareTo(new BigDecimal("0.1")));
      assertEquals(0, sd.denominator().compareTo(BigDecimal.ONE));
      assertEquals(Fraction.of(1, 10), sd.share().orElseThrow());
    }
  }

  @Nested
  class RatedSatisfactory {

    @Test
    void estatesWithoutAValidRatingAreLeftOutOfTheDenominator() {
      Map<String, RoundStatus> ratings = Map.of("A", RoundStatus.PASSED, "C", RoundStatus.FAILED);
      Map<String, UnitRates> rates = RateRules.rollUp(TREE, List.of(placed("A", "e1", 10, ServiceMode.MARKET),
          placed("B", "e1", 10, ServiceMode.MARKET), placed("C", "e2", 10, ServiceMode.MARKET),
          placed("D", "e3", 10, ServiceMode.MARKET)), RateFixtures.SIX, e -> Optional.ofNullable(ratings.get(e.id())),
          AS_OF);
      assertEquals(ratio(1, 1), rates.get("e1").ratedSatisfactory());
      assertEquals(ratio(0, 1), rates.get("e2").ratedSatisfactory());
      assertEquals(Ratio.NONE, rates.get("e3").ratedSatisfactory());
      assertEquals(ratio(1, 2), rates.get("sd").ratedSatisfactory());
    }
  }

  @Nested
  class Explanation {

    @Test
    void explainGivesOneReasonPerRateWithItsParts() {
      UnitRates rates = six("c1", 3, ratio(2, 3), ratio(1, 3), ratio(3, 3), ratio(91, 110),
          new Ratio(new BigDecimal("900.15"), new BigDecimal("1000.30")), Ratio.NONE);
      Decision<UnitRates> d = RateRules.explain(rates, new PolicyRef("p", "1"), AS_OF);
      assertEquals(List.of("metrics.coverage", "metrics.professional-coverage", "metrics.committee-coverage",
          "metrics.participation", "metrics.fee-collection", "metrics.rated-satisfactory"),
          d.reasons().stream().map(Reason::ruleId).toList());
      assertEquals(List.of(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET, Outcome.NOT_APPLICABLE),
          d.reasons().stream().map(Reason::outcome).toList());
      Reason fees = d.reason("metrics.fee-collection").orElseThrow();
      assertEquals(List.of("numerator", "denominator", "rate"), fees.figures().stream().map(Figure::name).toList());
      assertEquals("900.15", fees.figure("numerator").orElseThrow().value());
      assertEquals("1000.3", fees.figure("denominator").orElseThrow().value());
      assertEquals(Fraction.of(90015, 100030), fees.figure("rate").orElseThrow().amount(), "kept exact");
      assertEquals("900.15 CNY", fees.figure("numerator").orElseThrow().display());
      assertEquals("66.67%", d.reason("metrics.coverage").orElseThrow().figure("rate").orElseThrow().display());
      assertTrue(d.reason("metrics.rated-satisfactory").orElseThrow().figure("rate").isEmpty());
      assertEquals("metrics.rates", d.value().messageKey());
    }

    @Test
    void ratesAreNamedForWhatTheyCountInBothLanguages() {
      UnitRates rates = six("c1", 3, ratio(3, 3), ratio(1, 3), ratio(2, 3), Ratio.NONE, Ratio.NONE,
          ratio(1, 2));
      Decision<UnitRates> d = RateRules.explain(rates, new PolicyRef("p", "1"), AS_OF);
      Reason rated = d.reason("metrics.rated-satisfactory").orElseThrow();
      assertTrue(rated.text(java.util.Locale.ENGLISH).startsWith("Share of estates rated satisfactory 50%"),
          rated.text(java.util.Locale.ENGLISH));
      assertTrue(rated.text(java.util.Locale.SIMPLIFIED_CHINESE).startsWith("测评达标小区占比 50%"),
          rated.text(java.util.Locale.SIMPLIFIED_CHINESE));
      assertTrue(rated.citation().en().contains("model assumption"), rated.citation().en());
      assertTrue(rated.citation().zh().contains("本模型假设"), rated.citation().zh());
      assertTrue(d.reason("metrics.professional-coverage").orElseThrow().text(java.util.Locale.ENGLISH)
          .startsWith("Professional coverage 33.33%: 1 of 3 estates are served by a market company"));
      assertTrue(d.reason("metrics.committee-coverage").orElseThrow().text(java.util.Locale.SIMPLIFIED_CHINESE)
          .startsWith("业委会（物委会）覆盖率 66.67%"));
    }
  }

  @Nested
  class Ratios {

    @Test
    void ratioAddsBothParts() {
      assertEquals(ratio(3, 7), ratio(1, 3).plus(ratio(2, 4)));
    }

    @Test
    void ratioWithANegativePartIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> new Ratio(BigDecimal.ONE.negate(), BigDecimal.ONE));
      assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, -2));
    }

    @Test
    void emptyRatioHasNoShare() {
      assertEquals(Optional.empty(), Ratio.NONE.share());
      assertEquals(Optional.of(Fraction.ZERO), ratio(0, 5).share());
    }
  }
}
