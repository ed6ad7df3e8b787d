package io.propgov.governance.examples.handbook;

import java.util.List;
import java.util.Objects;

/**
 * A parameter value as the handbook shows it: a line of words and codes, a small table, or, for a
 * value too large for either, its compact JSON.
 *
 * @param inline the value as one line of cells, empty unless it is shown inline
 * @param headers the table's column headings, empty unless it is a table
 * @param rows the table's rows, each as wide as {@code headers}, empty unless it is a table
 * @param json the compact JSON, empty unless the value is shown as JSON
 */
public record Shown(List<Cell> inline, List<Cell> headers, List<List<Cell>> rows, String json) {

  /** Copies the lists and checks that exactly one form is given. */
  public Shown {
    inline = List.copyOf(inline);
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    Objects.requireNonNull(json, "json");
    int forms = (inline.isEmpty() ? 0 : 1) + (headers.isEmpty() ? 0 : 1) + (json.isEmpty() ? 0 : 1);
    if (forms != 1) {
      throw new IllegalArgumentException("a shown value is inline, a table or JSON, exactly one of them");
    }
  }

  static Shown inline(List<Cell> cells) {
    return new Shown(cells, List.of(), List.of(), "");
  }

  static Shown table(List<Cell> headers, List<List<Cell>> rows) {
    return new Shown(List.of(), headers, rows, "");
  }

  static Shown json(String json) {
    return new Shown(List.of(), List.of(), List.of(), json);
  }

  /** Returns whether the value is one line. @return true for an inline value */
  public boolean isInline() {
    return !inline.isEmpty();
  }

  /** Returns whether the value is a table. @return true for a table */
  public boolean isTable() {
    return !headers.isEmpty();
  }

  /** Returns whether the value is compact JSON. @return true for JSON */
  public boolean isJson() {
    return !json.isEmpty();
  }

  /**
   * One piece of a shown value: words, or a code (an id, a field name, an enumerated value) shown
   * as code.
   *
   * @param text the text, never null
   * @param code whether it is a code
   */
  public record Cell(String text, boolean code) {

    /** Checks that the text is given. */
    public Cell {
      Objects.requireNonNull(text, "text");
    }

    static Cell words(String text) {
      return new Cell(text, false);
    }

    static Cell code(String text) {
      return new Cell(text, true);
    }
  }
}
