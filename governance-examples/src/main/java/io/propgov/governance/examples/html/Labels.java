package io.propgov.governance.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTML report's own words in one language, from {@code labels_en.properties} or
 * {@code labels_zh.properties} beside this class (read as UTF-8). A missing key is an error, never
 * a key shown to the reader.
 */
public final class Labels {

  private final String lang;
  private final Properties words;

  private Labels(String lang, Properties words) {
    this.lang = lang;
    this.words = words;
  }

  /**
   * Returns the words for a locale.
   *
   * @param locale any {@code zh} locale for Simplified Chinese, any other for English
   * @return the labels, never null
   */
  public static Labels of(Locale locale) {
    String lang = "zh".equals(locale.getLanguage()) ? "zh" : "en";
    return new Labels(lang, load("labels_" + lang + ".properties"));
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * Returns the language code, for the page's {@code lang} attribute.
   *
   * @return {@code en} or {@code zh}
   */
  public String lang() {
    return lang;
  }

  /**
   * Returns whether the words are Chinese.
   *
   * @return true for {@code zh}
   */
  public boolean chinese() {
    return "zh".equals(lang);
  }

  /**
   * Returns a label.
   *
   * @param key the key, not null
   * @return the text, never null
   * @throws IllegalArgumentException when the bundle has no such key
   */
  public String get(String key) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no label " + key + " in labels_" + lang);
    }
    return text;
  }

  /**
   * Returns a label with its {@code {0}}, {@code {1}} … filled in.
   *
   * @param key the key, not null
   * @param values the values, in order
   * @return the text, never null
   */
  public String format(String key, Object... values) {
    return new MessageFormat(get(key), Locale.ROOT).format(values);
  }

  /**
   * Returns every key, sorted.
   *
   * @return the keys, never null
   */
  public Set<String> keys() {
    return new TreeSet<>(words.stringPropertyNames());
  }
}
