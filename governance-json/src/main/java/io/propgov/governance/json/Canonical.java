package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Canonical JSON (modelled on RFC 8785, JCS): members sorted by key in UTF-16 code-unit order, no
 * white space outside strings, strings with only {@code "}, {@code \} and control characters
 * escaped, numbers exact in plain decimal form without exponent, leading plus, leading zeros or
 * trailing fraction zeros ({@code 60.0} is {@code 60}, {@code -0} is {@code 0}). The README gives
 * the rules for other languages.
 */
final class Canonical {

  private Canonical() {}

  /**
   * Most digits a number may have before or after the decimal point when written plainly: a
   * number such as {@code 1e999999999} is short to write but would take gigabytes to expand.
   */
  static final int MAX_PLAIN_DIGITS = 1000;

  /** A number that cannot be written plainly, with the JSON Pointer of where it is. */
  static final class TooLarge extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final String number;

    TooLarge(String pointer, String number) {
      super((pointer.isEmpty() ? "/" : pointer) + ": the number " + number + " has more than " + MAX_PLAIN_DIGITS
          + " digits before or after the decimal point when written plainly, too many to check");
      this.pointer = pointer;
      this.number = number;
    }

    TooLarge within(String token) {
      return new TooLarge("/" + token + pointer, number);
    }
  }

  /**
   * Writes a tree in canonical form.
   *
   * @throws TooLarge naming the pointer of a number too large to write plainly
   */
  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  static String sha256(String canonical) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 asks
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(names.get(i), out);
        out.append(':');
        try {
          write(node.get(names.get(i)), out);
        } catch (TooLarge e) {
          throw e.within(Pointers.token(names.get(i)));
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        try {
          write(node.get(i), out);
        } catch (TooLarge e) {
          throw e.within(String.valueOf(i));
        }
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isNumber()) {
      out.append(number(node));
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else {
      out.append("null");
    }
  }

  static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    BigDecimal value = node.decimalValue().stripTrailingZeros();
    if (value.signum() == 0) {
      return "0";
    }
    if (value.scale() > MAX_PLAIN_DIGITS || (long) value.precision() - value.scale() > MAX_PLAIN_DIGITS) {
      throw new TooLarge("", value.toString());
    }
    return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
