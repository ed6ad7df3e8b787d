package io.propgov.governance.constraint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The messages of the field-constraint errors in one language, read once from the bundled
 * properties (by hand, so that the JVM's default locale never leaks in).
 */
final class ConstraintMessages {

  static final ConstraintMessages ENGLISH = load("messages.properties");
  static final ConstraintMessages CHINESE = load("messages_zh_CN.properties");

  private final Map<String, String> templates;

  private ConstraintMessages(Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
  }

  /** Chinese for a Chinese locale, English otherwise. */
  static ConstraintMessages forLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }

  /** Fills the template of {@code key}: {@code {name}}, {@code {bound}} and {@code {value}}. */
  String format(String key, String name, String bound, String value) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return template.replace("{name}", String.valueOf(name)).replace("{bound}", String.valueOf(bound))
        .replace("{value}", String.valueOf(value));
  }

  /** The template of a key as written, or null when the bundle has none. */
  String template(String key) {
    return templates.get(key);
  }

  /** The keys, for tests that hold the languages equal. */
  java.util.Set<String> keys() {
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
