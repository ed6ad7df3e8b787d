package io.propgov.governance.bench;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.kie.api.io.ResourceType;

/**
 * The same satisfaction, vote and credit-grade rules in Drools: DRL ({@code satisfaction-vote.drl},
 * {@code credit-grade.drl}) built once
 * as an executable model, run in a stateless session per round and per vote. The counting (a
 * round's sums by group, a vote's tally by owner) is plain Java that fills the facts, as a Drools
 * user would write it; the rules compare the quorums, pass line and approvals exactly. It checks
 * the facts as the engine and the hand-written rules do, and builds no explanation. Thread-safe.
 */
public final class DroolsBaseline {

  private final KieBase base;

  /** Builds the DRL as an executable model: a few seconds, once. */
  public DroolsBaseline() {
    base = new KieHelper().addContent(drl("satisfaction-vote.drl"), ResourceType.DRL)
        .addContent(drl("credit-grade.drl"), ResourceType.DRL).build(ExecutableModelProject.class);
  }

  private static String drl(String name) {
    try (InputStream in = DroolsBaseline.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Grades a company's credit record: the scores are summed in plain Java
   * ({@link HandWrittenCredit}), the veto and grade bands are DRL rules, one stateless session
   * for every grading date of the record.
   *
   * @param record the record
   * @param asOf the date
   * @return the score and grades
   */
  public HandWrittenCredit.Result credit(CompanyRecord record, LocalDate asOf) {
    List<CreditFact> facts = new ArrayList<>(4);
    HandWrittenCredit.Result pending = HandWrittenCredit.assess(record, asOf, (score, vetoed) -> {
      facts.add(new CreditFact(score, vetoed));
      return null;
    });
    base.newStatelessKieSession().execute(facts);
    List<String> cycles = new ArrayList<>(facts.size() - 1);
    for (int i = 0; i < facts.size() - 1; i++) {
      cycles.add(facts.get(i).getGrade());
    }
    return new HandWrittenCredit.Result(pending.score(), facts.get(facts.size() - 1).getGrade(), cycles);
  }

  /**
   * Judges an estate.
   *
   * @param estate the estate
   * @param asOf the date
   * @return the status, or null when the facts are invalid
   */
  public EstateStatus assess(Estate estate, LocalDate asOf) {
    int dismissal = HandWrittenRules.dismissal(estate, asOf, this::decide);
    List<SurveyRound> known = dismissal < 0 ? null : HandWrittenRules.knownRounds(estate, asOf);
    if (known == null) {
      return null;
    }
    boolean dismissed = dismissal == 1;
    List<RoundFact> rounds = new ArrayList<>(known.size());
    for (SurveyRound r : known) {
      rounds.add(new RoundFact(r));
    }
    rounds.sort(Comparator.comparing((RoundFact r) -> r.round.date()).thenComparing(r -> r.round.id()));
    StatelessKieSession session = base.newStatelessKieSession();
    session.execute(rounds);
    if (dismissed) {
      return EstateStatus.DISMISSAL_DECIDED;
    }
    HandWrittenRules.Tally tally = HandWrittenRules.tally(rounds.size(), i -> rounds.get(i).getStatus());
    return tally.run() >= 1 ? EstateStatus.DISMISSAL_MAY_START
        : tally.anyValid() ? EstateStatus.SATISFACTORY : EstateStatus.NO_VALID_RATING;
  }

  /**
   * Decides a vote.
   *
   * @param vote the vote
   * @return -1 invalid facts, 0 no quorum, 1 rejected, 2 passed
   */
  public int decide(OwnersVote vote) {
    VoteFact fact = new VoteFact(vote);
    if (!fact.valid) {
      return -1;
    }
    base.newStatelessKieSession().execute(fact);
    return !fact.getQuorumMet() ? 0 : fact.getApproved() ? 2 : 1;
  }

  /** A score on one day, whether a serious violation vetoes it, and the grade the rules give it. */
  public static final class CreditFact {
    private final BigDecimal score;
    private final boolean vetoed;
    private String grade;

    CreditFact(BigDecimal score, boolean vetoed) {
      this.score = score;
      this.vetoed = vetoed;
    }

    /** @return the score */
    public BigDecimal getScore() {
      return score;
    }

    /** @return whether a serious violation still counts */
    public boolean isVetoed() {
      return vetoed;
    }

    /** @return the grade, null until graded */
    public String getGrade() {
      return grade;
    }

    /** @param grade the grade */
    public void setGrade(String grade) {
      this.grade = grade;
    }
  }

  /** A round with its counts by group, and the status the rules give it. */
  public static final class RoundFact {
    private final SurveyRound round;
    private final int householdAnswers;
    private final int groups;
    private final BigDecimal scoreTimesWeights;
    private final BigDecimal passLineTimesWeights;
    private String status;

    RoundFact(SurveyRound round) {
      this.round = round;
      BigDecimal[] sums = new BigDecimal[3];
      long[] counts = new long[3];
      for (SurveyAnswer a : round.answers()) {
        int g = a.group().ordinal();
        sums[g] = sums[g] == null ? a.score() : sums[g].add(a.score());
        counts[g]++;
      }
      long product = 1;
      int k = 0;
      for (long c : counts) {
        if (c > 0) {
          product *= c;
          k++;
        }
      }
      BigDecimal left = BigDecimal.ZERO;
      for (int g = 0; g < 3; g++) {
        if (counts[g] > 0) {
          left = left.add(sums[g].multiply(BigDecimal.valueOf(product / counts[g])));
        }
      }
      this.householdAnswers = (int) counts[0];
      this.groups = k;
      this.scoreTimesWeights = left;
      this.passLineTimesWeights = BigDecimal.valueOf(60L * product * k);
    }

    /** @return households entitled to answer */
    public int getHouseholds() {
      return round.households();
    }

    /** @return household answers */
    public int getHouseholdAnswers() {
      return householdAnswers;
    }

    /** @return groups that answered */
    public int getGroups() {
      return groups;
    }

    /** @return the sum of group means times the product of the group counts */
    public BigDecimal getScoreTimesWeights() {
      return scoreTimesWeights;
    }

    /** @return the pass line times the groups and the product of the group counts */
    public BigDecimal getPassLineTimesWeights() {
      return passLineTimesWeights;
    }

    /** @return the status, null until judged */
    public String getStatus() {
      return status;
    }

    /** @param status the status */
    public void setStatus(String status) {
      this.status = status;
    }
  }

  /** A vote's tally by owner, and what the rules decide. */
  public static final class VoteFact {
    private final int totalOwners;
    private final BigDecimal totalArea;
    private final boolean special;
    private long participatingOwners;
    private BigDecimal participatingArea = BigDecimal.ZERO;
    private long forOwners;
    private BigDecimal forArea = BigDecimal.ZERO;
    private Boolean quorumMet;
    private Boolean approved;
    /** No owner voting two ways, no more owners or area than the estate has: the engine's checks. */
    private final boolean valid;

    VoteFact(OwnersVote vote) {
      boolean conflict = false;
      totalOwners = vote.totalOwners();
      totalArea = vote.totalArea();
      special = vote.matter() == Matter.RAISE_MAINTENANCE_FUND || vote.matter() == Matter.REBUILD
          || vote.matter() == Matter.CHANGE_COMMON_PART_USE;
      Map<String, BallotChoice> choiceOf = new HashMap<>(Math.max(16, (int) (vote.ballots().size() / 0.75f) + 1));
      for (Ballot b : vote.ballots()) {
        BallotChoice first = choiceOf.putIfAbsent(b.ownerId(), b.choice());
        BallotChoice counted = first == null ? b.choice() : first;
        conflict |= counted != b.choice();
        participatingOwners += first == null ? 1 : 0;
        participatingArea = participatingArea.add(b.area());
        if (counted == BallotChoice.FOR) {
          forOwners += first == null ? 1 : 0;
          forArea = forArea.add(b.area());
        }
      }
      valid = !conflict && participatingOwners <= totalOwners && participatingArea.compareTo(totalArea) <= 0;
    }

    /** @return all owners */
    public int getTotalOwners() {
      return totalOwners;
    }

    /** @return the total area */
    public BigDecimal getTotalArea() {
      return totalArea;
    }

    /** @return whether the special rule applies */
    public boolean isSpecial() {
      return special;
    }

    /** @return owners who took part */
    public long getParticipatingOwners() {
      return participatingOwners;
    }

    /** @return area that took part */
    public BigDecimal getParticipatingArea() {
      return participatingArea;
    }

    /** @return owners for */
    public long getForOwners() {
      return forOwners;
    }

    /** @return area for */
    public BigDecimal getForArea() {
      return forArea;
    }

    /** @return whether the quorum is met, null until decided */
    public Boolean getQuorumMet() {
      return quorumMet;
    }

    /** @param quorumMet the verdict */
    public void setQuorumMet(Boolean quorumMet) {
      this.quorumMet = quorumMet;
    }

    /** @return whether approved, null until decided */
    public Boolean getApproved() {
      return approved;
    }

    /** @param approved the verdict */
    public void setApproved(Boolean approved) {
      this.approved = approved;
    }
  }
}
