package io.propgov.governance.examples.cli;

import io.propgov.governance.error.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the tool prints: every control character but the line ends it writes itself shown as a
 * <code>&#92;u001b</code>-style escape, so that no id or name from the input can reach a terminal raw
 * (an escape sequence, a NUL, a bell). JSON output is unchanged in meaning: JSON escapes C0
 * characters already, and a C1 character inside a string may be written either way.
 */
final class TerminalWriter extends FilterWriter {

  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c != '\n' && c != '\r' && Printable.isControl((char) c)) {
      out.write(String.format("\\u%04x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int from = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c != '\n' && c != '\r' && Printable.isControl(c)) {
        out.write(chars, from, i - from);
        write(c);
        from = i + 1;
      }
    }
    out.write(chars, from, end - from);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int from = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r' && Printable.isControl(c)) {
        out.write(text, from, i - from);
        write(c);
        from = i + 1;
      }
    }
    out.write(text, from, end - from);
  }
}
