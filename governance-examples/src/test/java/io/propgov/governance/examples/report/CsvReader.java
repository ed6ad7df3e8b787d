package io.propgov.governance.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, a quoted field may hold commas,
 * doubled quotes, CR and LF; anything else (a bare LF ending a record, a quote inside an unquoted
 * field, text after a closing quote, a missing last CRLF) is an error, so that the writer is held
 * to the rule and not to a lenient reader's guesses.
 */
public final class CsvReader {

  private CsvReader() {}

  /** The records of a document (without a byte order mark), each a list of fields. */
  public static List<List<String>> read(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean atFieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("a quoted field is not closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        atFieldStart = false;
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("a CR not followed by LF outside quotes at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        atFieldStart = true;
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("a bare LF ends a record at " + i);
      } else if (c == '"') {
        throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
      } else {
        field.append(c);
        atFieldStart = false;
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0 || !atFieldStart) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return records;
  }
}
