package io.propgov.governance.examples.report;

import io.propgov.governance.explain.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The words of a summary in English and Chinese: statuses, vote outcomes, column headings and
 * legends, read from {@code report.properties} and {@code report_zh.properties} (UTF-8) beside
 * this class, which hold the same keys. Money is shown exactly, to the fen.
 *
 * @since 0.3.0
 */
public final class ReportText {

  private static final Properties EN = load("report.properties");
  private static final Properties ZH = load("report_zh.properties");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** An amount as a figure of money shows it: a plain decimal, a space, CNY. */
  private static final java.util.regex.Pattern MONEY =
      java.util.regex.Pattern.compile("(?<![\\w.])(-?\\d+(?:\\.\\d+)?) CNY(?!\\w)");

  private ReportText() {}

  /**
   * Returns the text of a key in both languages.
   *
   * @param key the key, such as {@code status.satisfactory}
   * @return the label, never null
   * @throws MissingResourceException when either bundle lacks the key
   */
  public static Label label(String key) {
    return new Label(get(EN, key, "report.properties"), get(ZH, key, "report_zh.properties"));
  }

  /**
   * Returns the text of a key in a language.
   *
   * @param key the key
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the text, never null
   * @throws MissingResourceException when the bundle lacks the key
   */
  public static String text(String key, Locale locale) {
    return isChinese(locale) ? get(ZH, key, "report_zh.properties") : get(EN, key, "report.properties");
  }

  /**
   * Returns every key, for the test that holds the two bundles equal.
   *
   * @param chinese whether the Chinese bundle's keys are wanted
   * @return the keys, never null
   */
  public static java.util.Set<String> keys(boolean chinese) {
    return (chinese ? ZH : EN).stringPropertyNames();
  }

  /**
   * Returns whether a locale reads Chinese.
   *
   * @param locale the locale, not null
   * @return true for any {@code zh} locale
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Shows an amount of money exactly, to the fen: {@code 280,000.00 CNY} in English; in Chinese
   * {@code 28.00万元} when the amount is a whole number of hundreds of yuan (so that two places
   * in 万元 are exact) and at least 10,000 yuan, else {@code 10,000.01元}.
   *
   * @param amount the amount in CNY, not null
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the text, never null
   */
  public static String money(BigDecimal amount, Locale locale) {
    if (!isChinese(locale)) {
      return grouped(amount) + " CNY";
    }
    boolean wan = amount.abs().compareTo(TEN_THOUSAND) >= 0
        && amount.remainder(HUNDRED).signum() == 0;
    return wan ? grouped(amount.divide(TEN_THOUSAND)) + "万元" : grouped(amount) + "元";
  }

  /**
   * Rewrites the amounts of money in a text of the decisions ({@code 30000 CNY}, as every figure
   * of money is shown) for a reader: in Chinese as {@link #money} shows them ({@code 3.00万元}),
   * in English unchanged.
   *
   * @param text the text, not null
   * @param locale the reader's language, not null
   * @return the text, never null
   */
  public static String moneyIn(String text, Locale locale) {
    if (!isChinese(locale) || !text.contains(" CNY")) {
      return text;
    }
    java.util.regex.Matcher m = MONEY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(money(new BigDecimal(m.group(1)), locale)));
    }
    return m.appendTail(out).toString();
  }

  private static String grouped(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  private static String get(Properties bundle, String key, String name) {
    String value = bundle.getProperty(key);
    if (value == null) {
      throw new MissingResourceException("no '" + key + "' in " + name, ReportText.class.getName(), key);
    }
    return value;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = ReportText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
