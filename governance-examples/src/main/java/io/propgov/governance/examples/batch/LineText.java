package io.propgov.governance.examples.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a line's bytes into its text, strictly: bytes that are not UTF-8 (a stray or missing
 * continuation byte, an overlong form, an encoded surrogate) and a JSON escape of a lone
 * surrogate ({@code "\ud800"}, which no UTF-8 output can hold) make the line unreadable, with the
 * reason, rather than being replaced by {@code U+FFFD} or {@code ?}: a replaced character would
 * make two different ids one. One instance per thread.
 */
final class LineText {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private String problem;

  /**
   * Decodes a line.
   *
   * @param bytes the bytes
   * @param from where the line starts
   * @param to where it ends, exclusive
   * @return the text, or null when the line is unreadable: {@link #problem()} says why
   */
  String decode(byte[] bytes, int from, int to) {
    // One pass tells the usual line (ASCII, no backslash) from the rest.
    long highs = 0;
    boolean backslash = false;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(bytes, i);
      highs |= x;
      long y = x ^ BACKSLASHES; // a zero byte where a backslash was
      backslash |= ((y - ONES) & ~y & HIGHS) != 0;
    }
    for (; i < to; i++) {
      highs |= bytes[i];
      backslash |= bytes[i] == '\\';
    }
    String text;
    if ((highs & HIGHS) == 0) {
      text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1); // ASCII: byte for char
    } else {
      text = strict(bytes, from, to);
      if (text == null) {
        return null;
      }
    }
    if (backslash) {
      int lone = loneSurrogate(text);
      if (lone >= 0) {
        problem = "the line holds the escape " + text.substring(lone, lone + 6) + " at character " + (lone + 1)
            + ", half of a surrogate pair without its other half: not a Unicode character, so it cannot be"
            + " written out as UTF-8 (nothing was replaced)";
        return null;
      }
    }
    return text;
  }

  /** Why the last line {@link #decode} refused is unreadable. */
  String problem() {
    return problem;
  }

  private String strict(byte[] bytes, int from, int to) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder shown = new StringBuilder();
      for (int k = at; k < Math.min(to, at + Math.max(result.length(), 1)); k++) {
        shown.append(String.format(Locale.ROOT, "%s0x%02X", shown.length() == 0 ? "" : " ", bytes[k] & 0xFF));
      }
      problem = "the line is not valid UTF-8 at byte " + (at - from + 1) + " (" + shown + "): a stray or cut byte"
          + " sequence, an overlong form or an encoded surrogate; the input must be UTF-8 (nothing was replaced)";
      return null;
    }
    out.flip();
    return out.toString();
  }

  /** Where an escaped lone surrogate starts in JSON text, or -1. */
  static int loneSurrogate(String text) {
    int n = text.length();
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < n; i = text.indexOf('\\', i)) {
      if (text.charAt(i + 1) != 'u') {
        i += 2; // an escaped character, perhaps a backslash: skipped whole
        continue;
      }
      int c = hex(text, i + 2);
      if (c < 0) {
        i += 2; // not an escape JSON allows: the parser says so
        continue;
      }
      if (Character.isLowSurrogate((char) c)) {
        return i;
      }
      if (Character.isHighSurrogate((char) c)) {
        int low = i + 6 + 1 < n && text.charAt(i + 6) == '\\' && text.charAt(i + 7) == 'u' ? hex(text, i + 8) : -1;
        if (low < 0 || !Character.isLowSurrogate((char) low)) {
          return i;
        }
        i += 12;
        continue;
      }
      i += 6;
    }
    return -1;
  }

  /** The value of four hex digits at {@code at}, or -1. */
  private static int hex(String text, int at) {
    if (at + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int k = at; k < at + 4; k++) {
      char c = text.charAt(k);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) {
        return -1; // JSON's hex digits are ASCII only
      }
      value = value * 16 + d;
    }
    return value;
  }
}
