package io.propgov.governance.explain;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One named figure a rule looked at: an exact quantity, a date, or a word such as a unit id or
 * a level code.
 *
 * <p>Quantities are kept exact (a share of 2/3 stays 2/3); rounding happens only when a
 * figure is shown.
 *
 * @param name the figure's name, stable and used by message templates, never blank
 * @param unit what it measures, never null
 * @param amount the exact quantity; null for a {@link Unit#DATE} or {@link Unit#TEXT} figure
 * @param date the date; non-null exactly when {@code unit} is {@link Unit#DATE}
 * @param text the word; non-null exactly when {@code unit} is {@link Unit#TEXT} or {@link Unit#TERM}
 * @since 0.1.0
 */
public record Figure(String name, Unit unit, Fraction amount, LocalDate date, String text) {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks that a date figure holds a date only, a text figure a word only, any other an amount only. */
  public Figure {
    name = Texts.require(name, "name");
    Objects.requireNonNull(unit, "unit");
    boolean ok = switch (unit) {
      case DATE -> date != null && amount == null && text == null;
      case TEXT, TERM -> text != null && amount == null && date == null;
      default -> amount != null && date == null && text == null;
    };
    if (!ok) {
      throw new IllegalArgumentException("figure '" + name
          + "': a DATE figure holds a date only, a TEXT figure a word only, any other unit an amount only");
    }
  }

  /**
   * Creates a quantity or date figure.
   *
   * @param name the figure's name
   * @param unit what it measures
   * @param amount the exact amount, or null for a date
   * @param date the date, or null for an amount
   */
  public Figure(String name, Unit unit, Fraction amount, LocalDate date) {
    this(name, unit, amount, date, null);
  }

  /**
   * Returns a term figure: a code the message bundles translate through the key
   * {@code term.<code>}, such as {@code BRANCH} (party branch, 党支部).
   *
   * @param name the figure's name
   * @param code the code, not null
   * @return the figure, never null
   */
  public static Figure term(String name, String code) {
    return new Figure(name, Unit.TERM, null, null, Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns a text figure: an id, a person or a name a message shows as it is.
   *
   * @param name the figure's name
   * @param text the word, not null
   * @return the figure, never null
   */
  public static Figure text(String name, String text) {
    return new Figure(name, Unit.TEXT, null, null, Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns a quantity figure.
   *
   * @param name the figure's name
   * @param amount the exact amount, not null
   * @param unit the unit, not {@link Unit#DATE}
   * @return the figure, never null
   */
  public static Figure of(String name, Fraction amount, Unit unit) {
    return new Figure(name, unit, Objects.requireNonNull(amount, "amount"), null);
  }

  /**
   * Returns a count figure.
   *
   * @param name the figure's name
   * @param count the count
   * @return the figure, never null
   */
  public static Figure count(String name, long count) {
    return of(name, Fraction.of(count), Unit.COUNT);
  }

  /**
   * Returns a date figure.
   *
   * @param name the figure's name
   * @param date the date, not null
   * @return the figure, never null
   */
  public static Figure date(String name, LocalDate date) {
    return new Figure(name, Unit.DATE, null, Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the figure's canonical value: the ISO date, or the exact amount as
   * {@link Fraction#toString()} writes it ({@code "2/3"}, {@code "0.6"}, {@code "240"}).
   *
   * @return the canonical text, never null
   */
  public String value() {
    return switch (unit) {
      case DATE -> date.toString();
      case TEXT, TERM -> text;
      default -> amount.toString();
    };
  }

  /**
   * Returns the figure as a reader sees it: shares as percentages rounded half-up to two
   * decimals (2/3 shows as 66.67%), other amounts with at most two decimals, dates in ISO form.
   * Amounts other than shares and money (kept at scale 2) are rounded down, never up, so that a
   * score just below a threshold is never shown equal to it (59.999 shows as 59.99, not 60). A
   * message shows a share compared with a threshold with more decimals where two would mislead,
   * and the threshold itself exactly ("at least 2/3"); the exact value is {@link #value()}.
   *
   * @return the display text, never null
   */
  public String display() {
    return switch (unit) {
      case DATE -> date.toString();
      case TEXT, TERM -> text;
      case SHARE -> amount.times(Fraction.of(100)).toDecimal(2, RoundingMode.HALF_UP).toPlainString() + "%";
      case SQUARE_METRES -> amount.toDecimal(2, RoundingMode.FLOOR).toPlainString() + " m²";
      case CNY -> amount.toDecimal(2, RoundingMode.HALF_UP).toPlainString() + " CNY"; // money is kept at scale 2
      default -> amount.toDecimal(2, RoundingMode.FLOOR).toPlainString();
    };
  }

  /**
   * Returns the figure as a reader of a language sees it: in English as {@link #display()}; in
   * Chinese areas in 平方米 ({@code 16800平方米}) and money as {@link #money} shows it
   * ({@code 3.00万元}, {@code 2,520.00元}), everything else as in English.
   *
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the display text, never null
   * @since 0.2.0
   */
  public String display(Locale locale) {
    if (!Messages.isChinese(locale)) {
      return display();
    }
    return switch (unit) {
      case SQUARE_METRES -> amount.toDecimal(2, RoundingMode.FLOOR).toPlainString() + "平方米";
      case CNY -> money(amount.toDecimal(2, RoundingMode.HALF_UP), locale);
      default -> display();
    };
  }

  /**
   * Returns a required share as the law words it, the same words the decisions use: "more than
   * half" / 过半数, "at least 2/3" / 三分之二以上 (以上 includes the number), other shares as an
   * exact percentage or, failing that, a fraction; never a rounded percentage.
   *
   * @param comparison how the share is compared, not null
   * @param share the share, not null
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the text, never null
   * @since 0.2.0
   */
  public static String requiredShare(io.propgov.governance.policy.Comparison comparison,
      io.propgov.governance.policy.Fraction share, Locale locale) {
    return Shares.required(java.util.Objects.requireNonNull(comparison, "comparison"),
        java.util.Objects.requireNonNull(share, "share"), java.util.Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Shows an amount of money exactly, to the fen: {@code 280,000.00 CNY} in English; in Chinese
   * {@code 28.00万元} when the amount is at least 10,000 yuan and a whole number of hundreds of
   * yuan (so that two places in 万元 are exact), else {@code 10,000.01元}.
   *
   * @param amount the amount in CNY, at most two decimals, not null
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the text, never null
   * @since 0.2.0
   */
  public static String money(BigDecimal amount, Locale locale) {
    if (!Messages.isChinese(locale)) {
      return grouped(amount) + " CNY";
    }
    boolean wan = amount.abs().compareTo(TEN_THOUSAND) >= 0 && amount.remainder(HUNDRED).signum() == 0;
    return wan ? grouped(amount.divide(TEN_THOUSAND)) + "万元" : grouped(amount) + "元";
  }

  private static String grouped(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
  }
}
