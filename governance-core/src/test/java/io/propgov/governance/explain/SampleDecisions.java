package io.propgov.governance.explain;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
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
}
