package io.propgov.governance.bench;

import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The baseline: the satisfaction, vote and credit-grade rules written by hand in plain Java,
 * with {@code cn-default}'s values of 2024 as constants (quorum at least 60% of households, pass
 * line 60, equal group weights, one failed round lets a dismissal start, invalid rounds skipped;
 * votes under the Civil Code: quorum at least 2/3 by area and by head, then more than half, or at
 * least 3/4 for special matters, of the participants), and the Yantai 2022 grade bands. It
 * checks the facts the engine checks (a respondent answering twice, a score off the scale, more
 * answers than households; an owner voting two ways, more owners or area than the estate has)
 * but builds no explanation: what the engine would cost with nothing to say.
 * Compares exactly, by cross-multiplication of decimals.
 */
public final class HandWrittenRules {

  private static final BigDecimal PASS_LINE = BigDecimal.valueOf(60);
  private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);
  private static final int GROUPS = 3;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private HandWrittenRules() {}

  /**
   * Decides the votes held by a date, as every baseline does before it judges the rounds.
   *
   * @param estate the estate
   * @param asOf the date
   * @param decide a baseline's decision of one vote: negative when invalid, 2 when passed
   * @return 1 when a dismissal passed, 0 when none did, -1 when a vote is invalid
   */
  static int dismissal(Estate estate, LocalDate asOf, ToIntFunction<OwnersVote> decide) {
    boolean dismissed = false;
    for (OwnersVote vote : estate.votes()) {
      if (!vote.date().isAfter(asOf)) {
        int verdict = decide.applyAsInt(vote);
        if (verdict < 0) {
          return -1;
        }
        dismissed |= verdict == 2 && vote.matter() == Matter.DISMISS_COMPANY;
      }
    }
    return dismissed ? 1 : 0;
  }

  /**
   * Returns the rounds closed by a date, or null when any round is invalid, as every baseline
   * checks them after the votes.
   *
   * @param estate the estate
   * @param asOf the date
   * @return the rounds dated on or before {@code asOf}, in the estate's order, or null
   */
  static List<SurveyRound> knownRounds(Estate estate, LocalDate asOf) {
    List<SurveyRound> rounds = new ArrayList<>(estate.surveyRounds().size());
    for (SurveyRound round : estate.surveyRounds()) {
      if (!valid(round)) {
        return null;
      }
      if (!round.date().isAfter(asOf)) {
        rounds.add(round);
      }
    }
    return rounds;
  }

  /**
   * What the rounds say, newest first: how many valid rounds failed in a row since the latest
   * pass, and whether any round was valid.
   *
   * @param run the valid rounds failed in a row, newest first
   * @param anyValid whether any round was valid
   */
  record Tally(int run, boolean anyValid) {}

  /**
   * Tallies rounds sorted oldest first by their statuses ({@code PASSED}, {@code FAILED} or
   * {@code INVALID}), asking for each status only until the latest pass.
   *
   * @param rounds how many rounds there are
   * @param status the status of the round at an index
   * @return the tally
   */
  static Tally tally(int rounds, IntFunction<String> status) {
    int run = 0;
    boolean anyValid = false;
    for (int i = rounds - 1; i >= 0; i--) {
      String s = status.apply(i);
      if (s.equals("INVALID")) {
        continue;
      }
      anyValid = true;
      if (s.equals("PASSED")) {
        break;
      }
      run++;
    }
    return new Tally(run, anyValid);
  }

  /**
   * Judges an estate as {@code GovernanceEngine.assess} does, as of a date.
   *
   * @param estate the estate (the generated shapes: dismissal votes only, no hire)
   * @param asOf the date
   * @return the status, or null when the facts are invalid
   */
  public static EstateStatus assess(Estate estate, LocalDate asOf) {
    int dismissal = dismissal(estate, asOf, HandWrittenRules::decide);
    List<SurveyRound> rounds = dismissal < 0 ? null : knownRounds(estate, asOf);
    if (rounds == null) {
      return null;
    }
    boolean dismissed = dismissal == 1;
    if (dismissed) {
      return EstateStatus.DISMISSAL_DECIDED;
    }
    rounds.sort(Comparator.comparing(SurveyRound::date).thenComparing(SurveyRound::id));
    int run = 0;
    Boolean latestPassed = null;
    boolean counting = true;
    for (int i = rounds.size() - 1; i >= 0; i--) {
      Boolean passed = rate(rounds.get(i));
      if (passed == null) {
        continue; // invalid rounds are skipped
      }
      if (latestPassed == null) {
        latestPassed = passed;
      }
      if (!counting || passed) {
        break;
      }
      run++;
    }
    if (run >= 1) {
      return EstateStatus.DISMISSAL_MAY_START;
    }
    return latestPassed == null ? EstateStatus.NO_VALID_RATING : EstateStatus.SATISFACTORY;
  }

  /**
   * Checks a round as the engine does: no respondent twice, every score on the 0–100 scale, no
   * more household answers than households. The Easy Rules and Drools baselines check with it too.
   *
   * @param round the round
   * @return whether the round is valid
   */
  static boolean valid(SurveyRound round) {
    Set<String> respondents = new HashSet<>(Math.max(16, round.answers().size() * 2));
    int households = 0;
    for (SurveyAnswer a : round.answers()) {
      if (!respondents.add(a.respondentId()) || a.score().signum() < 0 || a.score().compareTo(MAX_SCORE) > 0) {
        return false;
      }
      households += a.group().ordinal() == 0 ? 1 : 0;
    }
    return households <= round.households();
  }

  /**
   * Rates a round: true passed, false failed, null invalid (quorum missed or no answer).
   *
   * @param round the round
   * @return the verdict
   */
  static Boolean rate(SurveyRound round) {
    BigDecimal[] sums = new BigDecimal[GROUPS];
    long[] counts = new long[GROUPS];
    for (SurveyAnswer a : round.answers()) {
      int g = a.group().ordinal();
      sums[g] = sums[g] == null ? a.score() : sums[g].add(a.score());
      counts[g]++;
    }
    // at least 60%: answers / households >= 3/5
    if (counts[0] * 5 < (long) round.households() * 3) {
      return null;
    }
    // mean of the group means >= 60  <=>  sum_g sum_g * prod_{h != g} n_h >= 60 * k * prod n_h
    BigDecimal left = BigDecimal.ZERO;
    long product = 1;
    int k = 0;
    for (int g = 0; g < GROUPS; g++) {
      if (counts[g] > 0) {
        product *= counts[g];
        k++;
      }
    }
    if (k == 0) {
      return null;
    }
    for (int g = 0; g < GROUPS; g++) {
      if (counts[g] > 0) {
        left = left.add(sums[g].multiply(BigDecimal.valueOf(product / counts[g])));
      }
    }
    return left.compareTo(PASS_LINE.multiply(BigDecimal.valueOf(product * k))) >= 0;
  }

  /**
   * Decides a vote as {@code VoteRules.decide} does under the Civil Code rule.
   *
   * @param vote the vote
   * @return -1 invalid facts, 0 no quorum, 1 rejected, 2 passed
   */
  public static int decide(OwnersVote vote) {
    Map<String, BallotChoice> choiceOf = new HashMap<>(Math.max(16, (int) (vote.ballots().size() / 0.75f) + 1));
    BigDecimal[] areas = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    long[] owners = new long[3];
    for (Ballot b : vote.ballots()) {
      BallotChoice first = choiceOf.putIfAbsent(b.ownerId(), b.choice());
      if (first != null && first != b.choice()) {
        return -1;
      }
      if (first == null) {
        owners[b.choice().ordinal()]++;
      }
      areas[b.choice().ordinal()] = areas[b.choice().ordinal()].add(b.area());
    }
    int forIndex = BallotChoice.FOR.ordinal();
    long partOwners = owners[0] + owners[1] + owners[2];
    BigDecimal partArea = areas[0].add(areas[1]).add(areas[2]);
    if (partOwners > vote.totalOwners() || partArea.compareTo(vote.totalArea()) > 0) {
      return -1;
    }
    boolean quorum = partArea.multiply(BigDecimal.valueOf(3)).compareTo(vote.totalArea().multiply(TWO)) >= 0
        && partOwners * 3 >= (long) vote.totalOwners() * 2;
    boolean special = vote.matter() == Matter.RAISE_MAINTENANCE_FUND || vote.matter() == Matter.REBUILD
        || vote.matter() == Matter.CHANGE_COMMON_PART_USE;
    boolean approved;
    if (partOwners == 0) {
      approved = false;
    } else if (special) {
      approved = areas[forIndex].multiply(BigDecimal.valueOf(4)).compareTo(partArea.multiply(BigDecimal.valueOf(3))) >= 0
          && owners[forIndex] * 4 >= partOwners * 3;
    } else {
      approved = areas[forIndex].multiply(TWO).compareTo(partArea) > 0 && owners[forIndex] * 2 > partOwners;
    }
    return !quorum ? 0 : approved ? 2 : 1;
  }

  /**
   * The Yantai 2022 credit grade of a score: AAA at least 85, AA 80–85, A 70–80, B 60–70, C below 60.
   *
   * @param score basic (max 80) plus good records (max 40) minus bad records
   * @return the grade
   */
  public static String grade(BigDecimal score) {
    if (score.compareTo(BigDecimal.valueOf(85)) >= 0) {
      return "AAA";
    }
    if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "AA";
    }
    if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
      return "A";
    }
    return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "B" : "C";
  }
}
