package io.propgov.governance.examples.report;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The words of a summary in English and Chinese: statuses, vote outcomes, column headings and
 * legends, read from {@code report.properties} and {@code report_zh.properties} (UTF-8) beside
 * this class, which hold the same keys. Money is shown exactly, to the fen.
 *
 * @since 0.2.0
 */
public final class ReportText {

  private static final Properties EN = load("report.properties");
  private static final Properties ZH = load("report_zh.properties");

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
   * Shows an amount of money exactly, to the fen, as {@link Figure#money} does: {@code 280,000.00
   * CNY} in English; in Chinese {@code 28.00万元} when two places in 万元 are exact and the amount
   * is at least 10,000 yuan, else {@code 10,000.01元}.
   *
   * @param amount the amount in CNY, not null
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the text, never null
   */
  public static String money(BigDecimal amount, Locale locale) {
    return Figure.money(amount, locale);
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
