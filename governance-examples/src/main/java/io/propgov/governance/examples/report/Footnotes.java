package io.propgov.governance.examples.report;

import io.propgov.governance.policy.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Numbers citations once each, in the order they are first met, so that a report can print
 * {@code [3]} beside a reason and every citation once at the end. Two citations with the same
 * texts and assumption flag share a number. Not thread-safe: one report, one instance.
 *
 * @since 0.2.0
 */
public final class Footnotes {

  private final Map<Citation, Integer> numbers = new LinkedHashMap<>();

  /** Creates an empty set of footnotes. */
  public Footnotes() {
    // numbers are given as citations are met
  }

  /**
   * Returns a citation's number, giving it the next one when it is new.
   *
   * @param citation the citation, not null
   * @return its number, from 1
   */
  public int number(Citation citation) {
    return numbers.computeIfAbsent(Objects.requireNonNull(citation, "citation"), c -> numbers.size() + 1);
  }

  /**
   * Returns a citation's marker, such as {@code [3]}, numbering it when it is new.
   *
   * @param citation the citation, not null
   * @return the marker, never null
   */
  public String marker(Citation citation) {
    return "[" + number(citation) + "]";
  }

  /**
   * Returns the citations numbered so far, in number order (the first is number 1).
   *
   * @return the citations, never null
   */
  public List<Citation> citations() {
    return List.copyOf(new ArrayList<>(numbers.keySet()));
  }

  /**
   * Returns how many citations are numbered.
   *
   * @return the count
   */
  public int size() {
    return numbers.size();
  }

  /**
   * Renders every citation once, one line each: {@code [1] text}.
   *
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the lines, each ending with a line end; empty when there are none
   */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    numbers.forEach((citation, n) -> out.append('[').append(n).append("] ").append(citation.text(locale))
        .append('\n'));
    return out.toString();
  }
}
