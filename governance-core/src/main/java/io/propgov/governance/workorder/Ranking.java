package io.propgov.governance.workorder;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranking of units (of one level) or of companies for one month, best first, with its top and
 * bottom lists. Equal scores share a place and are listed by id; a tie at the edge of a list puts
 * every tied subject in it; a subject in the top list is not also put in the bottom list.
 *
 * @param kind units or companies, never null
 * @param month the month, never null
 * @param level the code of the units' level, or null for companies and for units without a tree
 * @param levelName the level's names, or null when there is no level
 * @param entries the ranked subjects, best first, ties by id, never null
 * @param top the ids of the top list, best first, never null
 * @param bottom the ids of the bottom list, worst first, never null
 * @param unranked the ids of subjects with orders that month but too few, or a rate without
 *     anything to count, in id order, never null
 * @since 0.3.0
 */
public record Ranking(SubjectKind kind, YearMonth month, String level, Label levelName, List<RankEntry> entries,
    List<String> top,
    List<String> bottom, List<String> unranked) implements Conclusion {

  /** Checks the parts and copies the lists. */
  public Ranking {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(month, "month");
    entries = List.copyOf(entries);
    top = List.copyOf(top);
    bottom = List.copyOf(bottom);
    unranked = List.copyOf(unranked);
  }

  @Override
  public String messageKey() {
    return "workorder.monthly-ranking." + kind.name();
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("ranked", entries.size()));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    Map<String, String> literals = new java.util.HashMap<>(Map.of("month", month.toString(), "top",
        top.isEmpty() ? "-" : String.join(", ", top), "bottom", bottom.isEmpty() ? "-" : String.join(", ", bottom)));
    if (levelName == null) {
      literals.put("level", "-");
    }
    return literals;
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return levelName == null ? Map.of() : Map.of("level", levelName);
  }

}
