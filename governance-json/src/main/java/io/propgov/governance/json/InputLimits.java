package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.math.BigDecimal;

/**
 * The limits every reader of policy, facts, scenario and report documents applies, defined
 * once: a document past one is refused with an error that names the limit, such as
 * {@code nesting deeper than 64 levels at line 3, column 5 (limit: maxNestingDepth 64)}.
 * They bound the work and memory one document can cost; real documents stay far below them.
 *
 * @since 0.1.0
 */
public final class InputLimits {

  /** Maximum nesting of objects and arrays; policy and facts documents need fewer than ten. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Maximum length of one string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Maximum length of one number as written, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Maximum length of one property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** Maximum size of one document: 64 MiB, in bytes (or characters, for text read as a string). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /**
   * Maximum digits of a number before and after the decimal point, so that a short number such
   * as {@code 1e999999999} cannot expand to gigabytes when computed with.
   */
  public static final int MAX_DIGITS = 30;

  private InputLimits() {}

  /**
   * Returns the parser constraints that enforce these limits, for every Jackson factory that
   * reads input.
   *
   * @return the constraints, never null
   */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * Returns a new Jackson factory whose parsers apply these limits, for readers outside this
   * module (scenario files, reports).
   *
   * @return the factory, never null
   */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder().streamReadConstraints(streamReadConstraints()).build();
  }

  /**
   * Words the message of a Jackson constraint failure as the limit of this class it hit, with
   * where it was hit: {@code nesting deeper than 64 levels at line 3, column 5 (limit:
   * maxNestingDepth 64)}.
   *
   * @param jacksonMessage the original message of Jackson's {@code StreamConstraintsException}
   * @param line the line the parser had reached, or less than 1 when unknown
   * @param column the column the parser had reached
   * @return the message, never null
   */
  public static String exceeded(String jacksonMessage, int line, int column) {
    return String.format(describe(jacksonMessage), line < 1 ? "" : " at line " + line + ", column " + column);
  }

  /** Whether a number has more digits before or after the point than {@link #MAX_DIGITS}. */
  static boolean beyondDigits(BigDecimal value) {
    return value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS;
  }

  /**
   * Words Jackson's message about a constraint it enforced as this SDK's limit, for example
   * {@code nesting deeper than 64 levels (limit: maxNestingDepth 64)}; the location is added by
   * the caller.
   */
  static String describe(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.contains("nesting depth")) {
      return "nesting deeper than " + MAX_NESTING_DEPTH + " levels%s (limit: maxNestingDepth " + MAX_NESTING_DEPTH + ")";
    }
    if (m.contains("Name length") || m.contains("MaxNameLength")) {
      return "a property name longer than " + MAX_NAME_LENGTH + " characters%s (limit: maxNameLength "
          + MAX_NAME_LENGTH + ")";
    }
    if (m.contains("String value length") || m.contains("MaxStringLength")) {
      return "a string longer than " + MAX_STRING_LENGTH + " characters%s (limit: maxStringLength "
          + MAX_STRING_LENGTH + ")";
    }
    if (m.contains("Number value length") || m.contains("MaxNumberLength")) {
      return "a number longer than " + MAX_NUMBER_LENGTH + " characters%s (limit: maxNumberLength "
          + MAX_NUMBER_LENGTH + ")";
    }
    if (m.contains("Document length") || m.contains("MaxDocumentLength")) {
      return "a document larger than " + MAX_DOCUMENT_LENGTH + " bytes%s (limit: maxDocumentLength "
          + MAX_DOCUMENT_LENGTH + ")";
    }
    return "a limit exceeded%s: " + m.replace("%", "%%").replaceAll(", from `[^`]*`\\)", ")");
  }

  /** The message for a number past {@link #MAX_DIGITS}, naming the limit. */
  static String digits(String number) {
    return "number " + number + " is too large or too precise; at most " + MAX_DIGITS
        + " digits before and after the decimal point (limit: maxDigits " + MAX_DIGITS + ")";
  }
}
