package io.propgov.governance.examples.report;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.satisfaction.RoundRating;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SatisfactionAssessment;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.AllocationShare;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.vote.VoteResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the summary rows from the decisions an evaluation made: each estate's whole-estate
 * report (or its rejection), and, where the facts held them, the companies' credit assessments
 * and the programmes' allocations.
 *
 * @since 0.2.0
 */
public final class Summaries {

  private Summaries() {}

  /**
   * Returns one row per estate, in the order of the reports.
   *
   * @param reports each estate's report or rejection, in input order, not null
   * @param estates the estates' facts, to name companies whose credit was not judged; may be
   *     empty, not null
   * @param companies the companies' credit assessments, for an estate whose report holds none;
   *     may be empty, not null
   * @param allocations each programme's allocation: an application's award counts as much as its
   *     programme granted; may be empty (the awards' own amounts then count), not null
   * @return the rows, never null
   */
  public static List<EstateSummary> of(List<Result<EstateReport>> reports, List<Estate> estates,
      List<Result<CreditAssessment>> companies, List<Decision<Allocation>> allocations) {
    Map<String, Estate> byId = new HashMap<>();
    estates.forEach(e -> byId.putIfAbsent(e.id(), e));
    Map<String, CreditAssessment> credit = new HashMap<>();
    companies.stream().filter(Result::isDecided).map(r -> r.decision().value())
        .forEach(c -> credit.putIfAbsent(c.companyId(), c));
    Map<String, BigDecimal> granted = new HashMap<>();
    for (Decision<Allocation> allocation : allocations) {
      for (AllocationShare share : allocation.value().shares()) {
        granted.put(share.applicationId(), share.granted());
      }
    }
    List<EstateSummary> rows = new ArrayList<>(reports.size());
    for (Result<EstateReport> report : reports) {
      rows.add(row(report, report.id() == null ? null : byId.get(report.id()), credit, granted));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns the row of one estate.
   *
   * @param report the estate's report or rejection, not null
   * @param estate its facts, or null when not at hand
   * @param credit the companies' credit assessments by company id, not null
   * @param granted the amount granted to each application by id, not null
   * @return the row, never null
   */
  public static EstateSummary row(Result<EstateReport> report, Estate estate, Map<String, CreditAssessment> credit,
      Map<String, BigDecimal> granted) {
    if (!report.isDecided()) {
      return EstateSummary.rejected(report.index(), report.id(), estate == null ? null : estate.name(),
          report.errors());
    }
    EstateReport value = report.decision().value();
    EstateAssessment assessment = value.estate().value();
    BigDecimal awards = BigDecimal.ZERO;
    for (Decision<Award> award : value.subsidies()) {
      Award a = award.value();
      awards = awards.add(a.eligible() ? granted.getOrDefault(a.applicationId(), a.amount()) : BigDecimal.ZERO);
    }
    return new EstateSummary(report.index(), value.estateId(), value.estateName(),
        SummaryStatus.of(assessment.status()), assessment.contractEnd(), List.of(),
        rating(assessment.satisfaction().value()), vote(assessment.votes()), service(assessment.service()),
        company(value, estate, credit), value.subsidies().size(), awards);
  }

  private static EstateSummary.Rating rating(SatisfactionAssessment satisfaction) {
    List<Decision<RoundRating>> rounds = satisfaction.rounds();
    for (int i = rounds.size() - 1; i >= 0; i--) {
      RoundRating round = rounds.get(i).value();
      if (round.status() != RoundStatus.INVALID) {
        return new EstateSummary.Rating(round.roundId(), round.date(), round.score(),
            round.status() == RoundStatus.PASSED, satisfaction.consecutiveFailures(), satisfaction.failuresRequired());
      }
    }
    return null;
  }

  private static EstateSummary.Vote vote(List<Decision<VoteResult>> votes) {
    if (votes.isEmpty()) {
      return null;
    }
    VoteResult latest = votes.get(votes.size() - 1).value(); // oldest first
    return new EstateSummary.Vote(latest.voteId(), latest.matter(), latest.date(), VoteOutcome.of(latest));
  }

  private static EstateSummary.Service service(Decision<ServiceAssessment> decision) {
    if (decision == null) {
      return null;
    }
    ServiceAssessment s = decision.value();
    return new EstateSummary.Service(s.tier(), s.tierName(), s.targetTier(), s.targetName(), s.need(),
        s.mode() == null ? null : s.mode().current(), s.mode() == null ? null : s.mode().recommended());
  }

  private static EstateSummary.Company company(EstateReport report, Estate estate,
      Map<String, CreditAssessment> credit) {
    CreditAssessment assessed = report.credit() != null ? report.credit().value() : null;
    PropertyCompany serving = estate == null ? null : estate.company();
    if (assessed == null && serving != null) {
      assessed = credit.get(serving.id());
    }
    if (assessed != null) {
      String name = assessed.name().isEmpty() && serving != null && serving.name() != null ? serving.name()
          : assessed.name();
      return new EstateSummary.Company(assessed.companyId(), name, assessed.score(), assessed.grade(),
          assessed.gradeName(), assessed.blacklist().value().listed());
    }
    if (serving == null) {
      return null;
    }
    return new EstateSummary.Company(serving.id(), serving.name() == null ? "" : serving.name(), null, null, null,
        null);
  }
}
