package io.propgov.governance.bench;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates single estates for the assessment, vote and batch benchmarks, deterministically: the
 * same index and seed give an equal estate on any machine and JVM (one
 * {@link SplittableRandom} per estate, seeded from both).
 *
 * <p>Figures from the domain brief where published, otherwise marked illustrative:
 * <ul>
 *   <li>Households: 24–96 per building, 4–20 buildings (illustrative, as {@link TreeGenerator};
 *       Beijing Fengtai: 240 households in 4 buildings).</li>
 *   <li>Survey answers: households answer on a 0–100 scale around the 60-point pass line
 *       (Handan), plus one owners' committee and one community answer. The 60% quorum (Shanghai
 *       Caolu) is reached by about 80% of the rounds.</li>
 *   <li>Ballots: one per exclusive unit of 60–140 m² (illustrative); about 1 owner in 20 holds
 *       two units (the judicial interpretation counts them once); 60–90% of the owners take part,
 *       55–80% of those for (illustrative), so both passed and failed votes come up.</li>
 *   <li>Companies: own party organisation 27%, instructor 62% (Wuhan 2017: 495 and 1,126 of 1,802).</li>
 * </ul>
 */
public final class EstateGenerator {

  /** The date the benchmarks judge on. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  /** The seed of every benchmark. */
  public static final long SEED = 42;

  private static final LocalDate H1 = LocalDate.of(2024, 6, 30);
  private static final LocalDate H2 = LocalDate.of(2024, 12, 15);
  private static final LocalDate VOTE_DATE = LocalDate.of(2024, 9, 1);

  private EstateGenerator() {}

  /**
   * An estate with one survey round of exactly {@code answers} answers ({@code answers - 2}
   * households, one owners' committee, one community) and no votes: the whole-estate
   * assessment's input. Its households are set so that the round reaches the quorum about 4
   * times in 5.
   *
   * @param index the estate's number, giving its id
   * @param answers the answers of its round, at least 3
   * @return the estate
   */
  public static Estate surveyed(long index, int answers) {
    SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
    int householdAnswers = answers - 2;
    // 60% quorum: at most householdAnswers / 0.6 households meet it; draw up to 30% beyond.
    int households = (int) Math.ceil(householdAnswers / 0.6 * (0.9 + random.nextDouble() * 0.3));
    households = Math.max(households, householdAnswers);
    SurveyRound round = round(random, "2024-H2", H2, households, householdAnswers, true);
    return new Estate("E" + index, "Estate " + index, company(random, index), List.of(round), List.of());
  }

  /**
   * A small estate for the batch: one survey round of a building-sized sample (4–12 households,
   * about 70% answering) and, for one estate in ten, a dismissal vote of 4–12 ballots. Small so
   * that a million lines fit in a few hundred megabytes.
   *
   * @param index the estate's number, giving its id
   * @return the estate
   */
  public static Estate compact(long index) {
    SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
    int households = 4 + random.nextInt(9);
    int householdAnswers = (int) Math.round(households * (0.4 + random.nextDouble() * 0.6));
    SurveyRound round = round(random, "2024-H1", H1, households, householdAnswers, random.nextInt(3) == 0);
    List<OwnersVote> votes = random.nextInt(10) == 0
        ? List.of(vote(random, "V1", Matter.DISMISS_COMPANY, 4 + random.nextInt(9))) : List.of();
    return new Estate("E" + index, "", company(random, index), List.of(round), votes);
  }

  /**
   * A dismissal vote of {@code ballots} ballots, dated 2024-09-01 (under the Civil Code's quorum).
   *
   * @param index the vote's number, giving its seed
   * @param ballots the ballots cast, at least 1
   * @return the vote
   */
  public static OwnersVote vote(long index, int ballots) {
    return vote(new SplittableRandom(SEED * 7_000_003L + index), "V" + index, Matter.DISMISS_COMPANY, ballots);
  }

  private static OwnersVote vote(SplittableRandom random, String id, Matter matter, int ballots) {
    double turnout = 0.6 + random.nextDouble() * 0.3;
    double support = 0.55 + random.nextDouble() * 0.25;
    int owners = (int) Math.ceil(ballots / turnout);
    List<Ballot> cast = new ArrayList<>(ballots);
    BigDecimal area = BigDecimal.ZERO;
    int owner = 0;
    BallotChoice choice = BallotChoice.FOR;
    for (int i = 0; i < ballots; i++) {
      // About 1 owner in 20 casts a second ballot for a second unit, with the same choice.
      boolean second = i > 0 && random.nextInt(20) == 0;
      if (!second) {
        owner++;
        double draw = random.nextDouble();
        choice = draw < support ? BallotChoice.FOR : draw < support + (1 - support) * 0.8
            ? BallotChoice.AGAINST : BallotChoice.ABSTAIN;
      }
      BigDecimal unit = BigDecimal.valueOf(6000 + random.nextInt(8001), 2);
      area = area.add(unit);
      cast.add(new Ballot("o" + owner, unit, choice));
    }
    owners = Math.max(owners, owner);
    BigDecimal totalArea = area.multiply(BigDecimal.valueOf(owners)).divide(BigDecimal.valueOf(owner), 2,
        java.math.RoundingMode.CEILING);
    return new OwnersVote(id, matter, VOTE_DATE, owners, totalArea, cast, null);
  }

  private static SurveyRound round(SplittableRandom random, String id, LocalDate date, int households,
      int householdAnswers, boolean committees) {
    int mean = 50 + random.nextInt(30);
    List<SurveyAnswer> answers = new ArrayList<>(householdAnswers + 2);
    for (int i = 0; i < householdAnswers; i++) {
      answers.add(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, score(random, mean)));
    }
    if (committees) {
      answers.add(new SurveyAnswer("oc", RespondentGroup.OWNERS_COMMITTEE, score(random, mean)));
      answers.add(new SurveyAnswer("cc", RespondentGroup.COMMUNITY, score(random, mean)));
    }
    return new SurveyRound(id, date, households, answers);
  }

  private static BigDecimal score(SplittableRandom random, int mean) {
    int s = mean + random.nextInt(41) - 20;
    return BigDecimal.valueOf(Math.max(0, Math.min(100, s)));
  }

  private static PropertyCompany company(SplittableRandom random, long index) {
    double draw = random.nextDouble();
    PartyStatus party = draw < 0.27 ? new PartyStatus(3 + random.nextInt(10), PartyForm.BRANCH, false, false)
        : draw < 0.89 ? new PartyStatus(random.nextInt(3), null, false, true) : null;
    return new PropertyCompany("C" + (index / 3), "Company " + (index / 3), party, null, null);
  }
}
