package io.propgov.governance.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text with aligned columns, padded by display width ({@link DisplayWidth}) so that
 * Chinese lines up in a terminal; columns are two spaces apart and trailing spaces are cut.
 */
final class TextTable {

  private final List<String> heading;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with these headings; {@code rightAligned} names the columns (by index) aligned right,
   * numbers and money.
   */
  TextTable(List<String> heading, int... rightAligned) {
    this.heading = List.copyOf(heading);
    this.right = new boolean[heading.size()];
    for (int column : rightAligned) {
      right[column] = true;
    }
  }

  /** Adds a row of as many cells as there are headings. */
  void add(List<String> row) {
    if (row.size() != heading.size()) {
      throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + heading.size()
          + " columns");
    }
    rows.add(List.copyOf(row));
  }

  /** The table: the heading, a rule under it, then each row; every line ends with a line end. */
  String render() {
    int[] widths = new int[heading.size()];
    for (List<String> row : all()) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, heading, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private List<List<String>> all() {
    List<List<String>> all = new ArrayList<>(rows);
    all.add(heading);
    return all;
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      line.append(right[c] ? DisplayWidth.padLeft(cells.get(c), widths[c]) : DisplayWidth.padRight(cells.get(c), widths[c]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
