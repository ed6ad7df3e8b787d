package io.propgov.governance.examples.report;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.subsidy.Allocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The totals under a summary table.
 *
 * @param estates the estates in the input
 * @param judged the estates judged
 * @param rejected the estates whose facts were invalid
 * @param dismissalMayStart the estates whose owners may start a dismissal
 * @param dismissalDecided the estates whose owners decided to dismiss their company
 * @param companiesRated the companies whose credit was judged
 * @param companiesListed the companies on the blacklist
 * @param moneyAwarded the money awarded, CNY at scale 2, never null
 * @since 0.2.0
 */
public record ReportTotals(int estates, int judged, int rejected, int dismissalMayStart, int dismissalDecided,
    int companiesRated, int companiesListed, BigDecimal moneyAwarded) {

  /** Checks the counts and sets the money's scale. */
  public ReportTotals {
    if (judged + rejected != estates) {
      throw new IllegalArgumentException("judged " + judged + " and rejected " + rejected + " estates are not "
          + estates);
    }
    if (companiesListed > companiesRated) {
      throw new IllegalArgumentException("more companies listed than rated");
    }
    moneyAwarded = Objects.requireNonNull(moneyAwarded, "moneyAwarded").setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns the totals of a summary: the companies are those the rows name and those the credit
   * results judged, each counted once; the money is what the programmes granted (every
   * application, those naming no estate included) or, without allocations, the rows' awards.
   *
   * @param rows the rows, not null
   * @param companies the companies' credit assessments; may be empty, not null
   * @param allocations the programmes' allocations; may be empty, not null
   * @return the totals, never null
   */
  public static ReportTotals of(List<EstateSummary> rows, List<Result<CreditAssessment>> companies,
      List<Decision<Allocation>> allocations) {
    int judged = (int) rows.stream().filter(EstateSummary::judged).count();
    Set<String> rated = new TreeSet<>();
    Set<String> listed = new TreeSet<>();
    for (EstateSummary row : rows) {
      if (row.company() != null && row.company().rated()) {
        rated.add(row.company().id());
        if (row.company().blacklisted()) {
          listed.add(row.company().id());
        }
      }
    }
    for (Result<CreditAssessment> result : companies) {
      if (result.isDecided()) {
        CreditAssessment c = result.decision().value();
        rated.add(c.companyId());
        if (c.blacklist().value().listed()) {
          listed.add(c.companyId());
        }
      }
    }
    BigDecimal money = BigDecimal.ZERO;
    if (allocations.isEmpty()) {
      for (EstateSummary row : rows) {
        money = money.add(row.awards());
      }
    } else {
      for (Decision<Allocation> allocation : allocations) {
        money = money.add(allocation.value().granted());
      }
    }
    return new ReportTotals(rows.size(), judged, rows.size() - judged,
        count(rows, SummaryStatus.DISMISSAL_MAY_START), count(rows, SummaryStatus.DISMISSAL_DECIDED),
        rated.size(), listed.size(), money);
  }

  private static int count(List<EstateSummary> rows, SummaryStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }
}
