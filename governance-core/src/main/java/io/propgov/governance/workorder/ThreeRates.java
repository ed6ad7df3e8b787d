package io.propgov.governance.workorder;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.metrics.Ratio;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "three rates" of a unit or a company for one month, kept as numerators and denominators so
 * that they roll up by adding both parts, never by averaging averages.
 *
 * @param kind whether the subject is a unit or a company, never null
 * @param subjectId the unit's or company's id, never null
 * @param month the month the orders were received in, never null
 * @param orders the orders received that month, with a tree over the unit's whole subtree
 * @param response orders responded to by their deadline / orders responded to or past their
 *     response deadline (响应率), never null
 * @param resolution orders counted as resolved / orders counted for resolution on the policy's
 *     basis (解决率), never null
 * @param satisfaction orders rated satisfied / orders rated (满意率), never null
 * @since 0.3.0
 */
public record ThreeRates(SubjectKind kind, String subjectId, YearMonth month, int orders, Ratio response,
    Ratio resolution, Ratio satisfaction) implements Conclusion {

  /** Checks the parts. */
  public ThreeRates {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(satisfaction, "satisfaction");
  }

  /** Adds another set of orders of the same month: every part adds. */
  ThreeRates plus(ThreeRates other) {
    return new ThreeRates(kind, subjectId, month, orders + other.orders, response.plus(other.response),
        resolution.plus(other.resolution), satisfaction.plus(other.satisfaction));
  }

  @Override
  public String messageKey() {
    return "workorder.rates";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("orders", orders));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("subject", subjectId, "month", month.toString());
  }

  @Override
  public Map<String, String> headlineTerms() {
    return Map.of("kind", "workorder.subject." + kind.name());
  }
}
