package io.propgov.governance.workorder;

import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The work orders judged as of a date: each order on time or late, the three rates of each unit
 * and company per month, the monthly rankings, and the credit events of upheld complaints.
 *
 * @param orders each order received by the as-of date, in input order, never null
 * @param units each unit's rates per month (with a tree, over its subtree), months in order, never null
 * @param companies each company's rates per month, months in order, companies by id, never null
 * @param rankings the monthly rankings: units (level by level) then companies, months in order, never null
 * @param creditEvents the credit events of upheld complaints, in input order, never null
 * @since 0.3.0
 */
public record WorkOrderAssessment(List<Decision<OrderJudgement>> orders, List<Decision<ThreeRates>> units,
    List<Decision<ThreeRates>> companies, List<Decision<Ranking>> rankings, List<ComplaintEvent> creditEvents)
    implements Conclusion {

  /** Copies the lists. */
  public WorkOrderAssessment {
    orders = List.copyOf(orders);
    units = List.copyOf(units);
    companies = List.copyOf(companies);
    rankings = List.copyOf(rankings);
    creditEvents = List.copyOf(creditEvents);
  }

  /**
   * Returns the credit events of one company's upheld complaints, to add to its credit record.
   *
   * @param companyId the company, not null
   * @return the events, in input order, never null
   */
  public List<CreditEvent> creditEventsOf(String companyId) {
    return creditEvents.stream().filter(e -> e.companyId().equals(companyId)).map(ComplaintEvent::event).toList();
  }

  /**
   * Returns how many orders were late against either deadline.
   *
   * @return the count
   */
  public long late() {
    return orders.stream().filter(d -> d.value().response() == DeadlineStatus.LATE
        || d.value().resolution() == DeadlineStatus.LATE).count();
  }

  @Override
  public String messageKey() {
    return "workorder.assessment";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("orders", orders.size()), Figure.count("late", late()),
        Figure.count("events", creditEvents.size()));
  }

  @Override
  public List<Decision<?>> parts() {
    List<Decision<?>> parts = new ArrayList<>(orders);
    parts.addAll(units);
    parts.addAll(companies);
    parts.addAll(rankings);
    return parts;
  }
}
