package io.propgov.governance.examples.report;

import io.propgov.governance.error.Printable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Comma-separated values as RFC 4180 writes them and Excel opens them: fields joined by commas,
 * records ended by CRLF, a field quoted (its quotes doubled) when it holds a comma, a quote, CR
 * or LF, and the document, UTF-8, starting with a byte order mark so that Excel reads Chinese as
 * UTF-8.
 *
 * <p>{@link #cell} makes a value from the input safe as a cell: a value a spreadsheet would take
 * for a formula (one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR) gets
 * a leading apostrophe, which Excel shows as text and hides; a plain number such as {@code -12.5}
 * stays a number, since no spreadsheet evaluates it and a minus sign is how a negative figure is
 * written. Control characters are then written as <code>&#92;uXXXX</code> escapes, as the text
 * output shows them, so that every record is one line.
 *
 * @since 0.2.0
 */
public final class Csv {

  /** The byte order mark that starts a document, once. */
  public static final String BOM = "\uFEFF";
  /** The end of every record. */
  public static final String LINE_END = "\r\n";

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  /**
   * Quotes one field as RFC 4180 requires: unchanged unless it holds a comma, a quote, CR or LF,
   * else in quotes with each quote doubled. Any text round-trips through a conforming reader.
   *
   * @param field the field, not null
   * @return the field as written, never null
   */
  public static String quote(String field) {
    boolean quoted = false;
    for (int i = 0; i < field.length() && !quoted; i++) {
      char c = field.charAt(i);
      quoted = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quoted ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * Returns one record: the fields quoted and joined by commas, ended by CRLF.
   *
   * @param fields the fields as they are to read back, not null
   * @return the record, never null
   */
  public static String record(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    return out.append(LINE_END).toString();
  }

  /**
   * Returns a value a spreadsheet will not run as a formula: with a leading apostrophe when it
   * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR, unless it is a plain
   * number ({@code -12.5}).
   *
   * @param value the value, not null
   * @return the value, or it with an apostrophe before it; never null
   */
  public static String neutralise(String value) {
    if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }

  /**
   * Returns a value from the input as a cell's text: neutralised, then every control character
   * written as its <code>&#92;uXXXX</code> escape; null becomes an empty cell.
   *
   * @param value the value, or null
   * @return the cell's text (not yet quoted), never null
   */
  public static String cell(String value) {
    return value == null ? "" : Printable.of(neutralise(value));
  }
}
