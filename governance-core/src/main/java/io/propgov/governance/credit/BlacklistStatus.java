package io.propgov.governance.credit;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a company is on the blacklist on a date, and every listing up to then.
 *
 * @param companyId the company's id, never null
 * @param listed whether it is listed on the as-of date
 * @param history every listing begun by the as-of date, oldest first; the last is the running one
 *     when {@code listed}; never null
 * @since 0.1.0
 */
public record BlacklistStatus(String companyId, boolean listed, List<Listing> history) implements Conclusion {

  /** Checks the id and copies the history. */
  public BlacklistStatus {
    Objects.requireNonNull(companyId, "companyId");
    history = List.copyOf(history);
  }

  /** Returns the running listing. @return it, empty when the company is not listed */
  public Optional<Listing> current() {
    return listed ? Optional.of(history.get(history.size() - 1)) : Optional.empty();
  }

  @Override
  public String messageKey() {
    return "credit.blacklist." + (listed ? "LISTED" : "NOT_LISTED");
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.count("listings", history.size())));
    current().ifPresent(l -> {
      figures.add(Figure.date("since", l.since()));
      figures.add(Figure.date("endsOn", l.endsOn()));
    });
    return figures;
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("company", companyId);
  }
}
