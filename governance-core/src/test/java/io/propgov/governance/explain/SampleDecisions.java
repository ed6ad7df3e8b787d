package io.propgov.governance.explain;

import io.propgov.governance.Fixtures;
import io.propgov.governance.WholeFixtures;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.Responsibility;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.service.ServiceRules;
import java.util.HashMap;
import java.util.Map;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.clearVote;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.estate;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.Fixtures.vote;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A range of decisions that, together, use every outcome the rules can give. */
final class SampleDecisions {

  static final LocalDate AS_OF = date("2024-12-31");

  private SampleDecisions() {}

  static List<Decision<?>> all() {
    List<Decision<?>> all = new ArrayList<>();
    all.addAll(rounds());
    all.addAll(assessments());
    all.addAll(votes());
    all.addAll(estates());
    all.addAll(hierarchy());
    all.addAll(service());
    all.addAll(wholeEstate());
    all.addAll(CreditSamples.credit());
    all.addAll(CreditSamples.arrears());
    all.addAll(io.propgov.governance.subsidy.SubsidySamples.all());
    all.addAll(io.propgov.governance.money.MoneySamples.all());
    all.addAll(io.propgov.governance.owners.OwnersSamples.all());
    all.addAll(io.propgov.governance.contract.ContractSamples.all());
    all.addAll(io.propgov.governance.mode.ModeSamples.all());
    all.addAll(io.propgov.governance.workorder.WorkOrderSamples.all());
    all.addAll(io.propgov.governance.metrics.RateSamples.all());
    return all;
  }

  static List<Decision<?>> rounds() {
    GovernanceEngine engine = GovernanceEngine.create(CN_DEFAULT);
    GovernancePolicy communityOnly = cnDefaultWith(SatisfactionParameters.GROUP_WEIGHTS,
        new GroupWeights(Map.of(RespondentGroup.COMMUNITY, Fraction.ONE)));
    return List.of(
        engine.satisfaction().rate(passed("p", date("2024-06-30")), AS_OF),
        engine.satisfaction().rate(failed("f", date("2024-06-30")), AS_OF),
        engine.satisfaction().rate(invalid("i", date("2024-06-30")), AS_OF),
        engine.satisfaction().rate(round("third", date("2024-06-30"), 3, 2, "59.5"), AS_OF),
        GovernanceEngine.create(communityOnly).satisfaction().rate(round("n", date("2024-06-30"), 10, 10, "90"), AS_OF));
  }

  static List<Decision<?>> assessments() {
    List<Decision<?>> list = new ArrayList<>();
    for (InvalidRoundHandling handling : InvalidRoundHandling.values()) {
      GovernanceEngine engine = GovernanceEngine.create(cnDefaultWith(SatisfactionParameters.INVALID_ROUNDS, handling));
      for (List<SurveyRound> rounds : List.of(
          List.<SurveyRound>of(),
          List.of(failed("a", date("2024-03-31")), invalid("b", date("2024-06-30")), failed("c", date("2024-09-30"))),
          List.of(failed("a", date("2024-03-31")), passed("b", date("2024-06-30"))))) {
        list.add(engine.satisfaction().assess(rounds, AS_OF));
      }
    }
    return list;
  }

  static List<Decision<?>> votes() {
    GovernanceEngine engine = GovernanceEngine.create(CN_DEFAULT);
    List<OwnersVote> votes = new ArrayList<>();
    for (Matter matter : Matter.values()) {
      votes.add(clearVote("v-" + matter, matter, date("2024-05-20")));
    }
    votes.add(vote("notice", Matter.DISMISS_COMPANY, date("2024-05-20"), 30, "3000", 90,
        ballots("f", 20, "100", BallotChoice.FOR)));
    votes.add(vote("rejected", Matter.DISMISS_COMPANY, date("2024-05-20"), 30, "3000",
        ballots("f", 10, "100", BallotChoice.FOR), ballots("a", 9, "100", BallotChoice.AGAINST),
        ballots("x", 1, "100", BallotChoice.ABSTAIN)));
    votes.add(vote("no-quorum", Matter.DISMISS_COMPANY, date("2024-05-20"), 30, "3000",
        ballots("f", 19, "100", BallotChoice.FOR)));
    votes.add(vote("nobody", Matter.OTHER, date("2024-05-20"), 30, "3000"));
    votes.add(vote("2016-passed", Matter.DISMISS_COMPANY, date("2016-05-20"), 100, "10000",
        ballots("f", 51, "100", BallotChoice.FOR)));
    votes.add(vote("2016-rejected", Matter.REBUILD, date("2016-05-20"), 100, "10000",
        ballots("f", 60, "100", BallotChoice.FOR)));
    return votes.stream().<Decision<?>>map(v -> engine.vote().decide(v, AS_OF)).toList();
  }

  static List<Decision<?>> estates() {
    GovernanceEngine engine = GovernanceEngine.create(CN_DEFAULT);
    GovernanceEngine twoFailures = GovernanceEngine.create(cnDefaultWith(SatisfactionParameters.FAILURES_FOR_DISMISSAL, 2));
    List<SurveyRound> oneFailure = List.of(failed("a", date("2024-06-30")));
    return List.of(
        engine.assess(estate("none", List.of(), List.of()), AS_OF),
        engine.assess(estate("good", List.of(passed("a", date("2024-06-30"))), List.of()), AS_OF),
        twoFailures.assess(estate("below", oneFailure, List.of()), AS_OF),
        engine.assess(estate("may-start", oneFailure, List.of()), AS_OF),
        engine.assess(estate("decided", oneFailure,
            List.of(clearVote("v", Matter.DISMISS_COMPANY, date("2024-08-01")))), AS_OF),
        engine.assess(new io.propgov.governance.estate.Estate("unnamed", "", null, oneFailure, List.of()), AS_OF));
  }

  /**
   * A sub-district with two communities, four estates and three matters: together the reports on
   * the sub-district and on a building without estates use every hierarchy template and term.
   */
  static HierarchyFacts hierarchyFacts() {
    List<OrgUnit> units = Fixtures.SAMPLE_TREE;
    List<Estate> estates = List.of(
        new Estate("E1", "Estate E1", new PropertyCompany("K1", "K1", new PartyStatus(20, PartyForm.BRANCH_COMMITTEE,
            false, false), "wang", "li"), List.of(passed("r1", date("2024-06-30"))), List.of(), "e1", 100,
            ServiceMode.MARKET, new FeeAccount(new BigDecimal("1000.00"), new BigDecimal("850.50")),
            new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(2, null, false, false))),
        new Estate("E2", "Estate E2", new PropertyCompany("K2", "K2", new PartyStatus(5, null, false, false),
            "zhang", null), List.of(failed("r1", date("2024-06-30"))), List.of(), "e2", 50, ServiceMode.NONE, null,
            new Committee(CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE, new PartyStatus(8, PartyForm.BRANCH, false,
                false))),
        new Estate("E3", "Estate E3", new PropertyCompany("K3", "K3", new PartyStatus(101, PartyForm.BASE_COMMITTEE,
            false, false), "zhao", "qian"), List.of(), List.of(), "e3", 80, ServiceMode.PUBLIC_WELFARE, null,
            new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(60, PartyForm.GENERAL_BRANCH, false, false))),
        new Estate("E4", "Estate E4", new PropertyCompany("K4", "K4", new PartyStatus(1, null, true, true), null,
            null), List.of(), List.of(), "e3", 0, null, null,
            // three members and only an instructor: covered for now, but a branch of its own is owed
            new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(3, null, false, true))));
    List<ResidentMatter> matters = List.of(
        new ResidentMatter("m-small", "b1", "small", date("2024-12-20"), null),
        new ResidentMatter("m-big", "e2", "big", date("2024-12-27"), null),
        new ResidentMatter("m-hard", "c2", "hard", date("2024-12-01"), null));
    List<Meeting> meetings = List.of(
        new Meeting("four-level-secretaries", "sd", date("2024-10-15")),
        new Meeting("red-meeting-hall", "c1", date("2024-07-01")));
    return new HierarchyFacts(units, estates, matters, meetings);
  }

  static List<Decision<?>> hierarchy() {
    GovernanceEngine engine = GovernanceEngine.create(CN_DEFAULT_WITH_ORG);
    HierarchyFacts facts = hierarchyFacts();
    return List.of(engine.report(facts, "sd", AS_OF), engine.report(facts, "b1", AS_OF));
  }

  /** Service decisions: each need, each tier outcome and requirement, fee, every mode and co-management. */
  static List<Decision<?>> service() {
    ServiceRules rules = new ServiceRules(ServiceFixtures.CN_DEFAULT_WITH_SERVICE);
    List<Decision<?>> list = new ArrayList<>();
    Map<String, Fraction> two = ServiceFixtures.levelTwoFigures();
    Map<String, Fraction> top = new HashMap<>(two);
    top.putAll(Map.of("hotline-hours", Fraction.of(24), "check-interval-days", Fraction.ONE, "patrol-interval-hours",
        Fraction.ONE, "response-minutes", Fraction.of(30), "owner-satisfaction", Fraction.parse("80%")));
    two.remove("owner-satisfaction");
    list.add(rules.assess("level-1", ServiceFixtures.profile(top), ServiceMode.MARKET, AS_OF));
    list.add(rules.assess("level-2", ServiceFixtures.profile(two), null, AS_OF));
    list.add(rules.assess("basic", ServiceFixtures.profile(Map.of()), null, AS_OF));
    list.add(rules.assess("none", new ServiceProfile(null, ServiceFixtures.BASIC_ITEMS.subList(0, 3), Map.of()), null,
        AS_OF));
    String[][] modes = {{"good", "high", "large", "weak"}, {"average", "low", "large", "weak"},
        {"poor", "high", "small", "strong"}, {"poor", "low", "large", "weak"}};
    ServiceMode[] current = {ServiceMode.MARKET, ServiceMode.NONE, null, ServiceMode.COMMUNITY_INTERIM};
    for (int i = 0; i < modes.length; i++) {
      Map<String, String> inputs = Map.of("hardware", modes[i][0], "willingness", modes[i][1], "size", modes[i][2],
          "self-governance", modes[i][3]);
      list.add(rules.assess("mode-" + i, new ServiceProfile(null, List.of(), Map.of(), inputs, List.of(), null),
          current[i], AS_OF));
    }
    CoManagementAgreement agreement = new CoManagementAgreement("ft", List.of("north", "south"),
        Map.of("B1", "north", "B2", "south"), Map.of("cleaning", Responsibility.JOINT), LocalDate.of(2024, 1, 1), 12);
    ServiceProfile shared = new ServiceProfile(null, List.of("cleaning"), Map.of(), Map.of(), List.of("B1", "B2"),
        agreement);
    list.add(rules.assess("ft", shared, null, AS_OF));
    list.add(rules.assess("ft", shared, null, LocalDate.of(2023, 12, 31)));
    list.add(new Decision<>(new NeedCounts("sd", 1, 2, 3, 4), List.of(), ServiceFixtures.CN_DEFAULT_WITH_SERVICE.ref(),
        AS_OF));
    return list;
  }

  /** Whole-estate reports: every area assessed, and each reason an area is not. */
  static List<Decision<?>> wholeEstate() {
    GovernanceEngine all = GovernanceEngine.create(WholeFixtures.ALL_AREAS);
    List<OrgUnit> tree = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
        unit("e1", "estate", "c1"));
    List<OrgUnit> broken = List.of(unit("sd", "sub-district", null), unit("e1", "estate", "nowhere"));
    List<Decision<?>> list = new ArrayList<>();
    List<GovernanceFacts> cases = List.of(
        new GovernanceFacts(List.of(WholeFixtures.estate("E1", "e1")), tree, null, null,
            List.of(WholeFixtures.cleanK1()), null, List.of(WholeFixtures.application("A1", "E1")), null, null, null, null,
            null, null),
        new GovernanceFacts(List.of(new Estate("E2", "", null, List.of(), List.of()), WholeFixtures.estate("E3", null)),
            tree, null, null, null, null, null, null, null, null, null, null, null),
        new GovernanceFacts(List.of(WholeFixtures.estate("E4", "e1")), broken, null, null, null, null, null, null, null,
            null, null, null, null));
    for (GovernanceFacts facts : cases) {
      all.assessEstates(facts, AS_OF).forEach(r -> list.add(r.decision()));
    }
    GovernanceEngine.create(CN_DEFAULT).assessEstates(GovernanceFacts.of(List.of(WholeFixtures.estate("E5", null))),
        AS_OF).forEach(r -> list.add(r.decision()));
    return list;
  }
}
