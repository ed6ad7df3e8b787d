package io.propgov.governance.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of the input errors' messages in one language, read once from the bundled
 * properties (by hand, so that the JVM's default locale never leaks in): the field constraints',
 * the JSON reader's and the policy checks'. A key is an error code, or a code and a variant
 * ({@code required.parameter}); the keys {@code any.*} are templates of any code (one error's
 * message wrapped in another's), the keys {@code text.*} words shown inside a message.
 *
 * <p>A placeholder is {@code {name}}; a Chinese template may add how a value is shown,
 * {@code {name:format}} (see {@code ErrorMessages}). Every policy check writes its English message
 * with {@link #en}, so that the English and the Chinese template cannot drift apart.
 */
public final class ConstraintMessages {

  /** A placeholder: its name and, in a Chinese template, how its value is shown. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::([a-z]+))?}");

  /** The English templates. */
  public static final ConstraintMessages ENGLISH = load("/io/propgov/governance/constraint/messages.properties");
  /** The Chinese templates. */
  public static final ConstraintMessages CHINESE = load("/io/propgov/governance/constraint/messages_zh_CN.properties");

  private final Map<String, String> templates;

  private ConstraintMessages(Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
  }

  /**
   * Returns the templates of a language.
   *
   * @param locale the language
   * @return Chinese for a Chinese locale, English otherwise
   */
  public static ConstraintMessages forLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }

  /**
   * Writes an English message from its template.
   *
   * @param key the template's key
   * @param namesAndValues each placeholder's name followed by its value, as many pairs as the
   *     template has placeholders; a value is shown with {@link String#valueOf(Object)}
   * @return the message
   * @throws IllegalStateException when the key has no template or the names are not the template's
   */
  public static String en(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalStateException("names and values of " + key + " do not pair up");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    String template = ENGLISH.template(key);
    if (template == null) {
      throw new IllegalStateException("no message for " + key);
    }
    Set<String> names = new java.util.HashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    if (!names.equals(values.keySet())) {
      throw new IllegalStateException(key + " takes " + names + ", was given " + values.keySet());
    }
    return ENGLISH.fill(key, values, (format, value) -> value);
  }

  /**
   * Fills a field constraint's template: {@code {name}}, {@code {bound}} and {@code {value}}.
   *
   * @param key the key
   * @param name the field's name
   * @param bound the limit broken
   * @param value the value given
   * @return the message
   * @throws IllegalStateException when the key has no template
   */
  public String format(String key, String name, String bound, String value) {
    Map<String, String> values = new HashMap<>();
    values.put("name", String.valueOf(name));
    values.put("bound", String.valueOf(bound));
    values.put("value", String.valueOf(value));
    return fill(key, values, (format, v) -> v);
  }

  /**
   * Fills the template of a key, each placeholder with its value as {@code show} shows it.
   *
   * @param key the key
   * @param values each placeholder's value, by name
   * @param show takes a placeholder's format (null for none) and value, gives the text
   * @return the message
   * @throws IllegalStateException when the key has no template
   */
  public String fill(String key, Map<String, String> values, BiFunction<String, String, String> show) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("no message for " + key);
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.containsKey(m.group(1)) ? values.get(m.group(1)) : "null";
      m.appendReplacement(out, Matcher.quoteReplacement(show.apply(m.group(2), value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns the template of a key as written.
   *
   * @param key the key
   * @return the template, or null when the bundle has none
   */
  public String template(String key) {
    return templates.get(key);
  }

  /**
   * Returns the keys, for tests that hold the languages equal.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return templates.keySet();
  }

  private static ConstraintMessages load(String resource) {
    try (InputStream in = ConstraintMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
      return new ConstraintMessages(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
