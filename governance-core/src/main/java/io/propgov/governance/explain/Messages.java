package io.propgov.governance.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The message templates of one language, read once from the module's bundled properties.
 * Loaded by hand rather than through {@code ResourceBundle} so that the JVM's default locale
 * never leaks into a rendering the caller asked for in another language.
 */
final class Messages {

  private static final Messages ENGLISH = load("messages.properties");
  private static final Messages CHINESE = load("messages_zh_CN.properties");

  private final Map<String, String> templates;

  private Messages(Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  static Messages forLocale(Locale locale) {
    return isChinese(locale) ? CHINESE : ENGLISH;
  }

  /** Returns every key of the English bundle; {@link RuleCatalog} derives the rule ids from them. */
  static java.util.Set<String> keys() {
    return ENGLISH.templates.keySet();
  }

  /** Returns the template for a key, or null when the bundle has none. */
  String template(String key) {
    return templates.get(key);
  }

  /**
   * Fills a template: each {@code {name}} is replaced by the display of the figure of that
   * name. An unknown key falls back to the key and its figures, so that rendering never fails.
   */
  String format(String key, List<Figure> figures) {
    return format(key, figures, Map.of(), Map.of());
  }

  /**
   * Fills a template as {@link #format(String, List)} does, then each {@code {term}} with its
   * message and each {@code {literal}} with its text as it is.
   */
  String format(String key, List<Figure> figures, Map<String, String> terms, Map<String, String> literals) {
    String template = templates.get(key);
    if (template == null) {
      StringBuilder b = new StringBuilder(key);
      figures.forEach(f -> b.append(' ').append(f.name()).append('=').append(f.display()));
      return b.toString();
    }
    String text = template;
    for (Figure f : figures) {
      String shown = f.unit() == Unit.TERM ? templates.getOrDefault("term." + f.text(), f.text()) : f.display();
      text = text.replace("{" + f.name() + "}", shown);
    }
    for (Map.Entry<String, String> term : terms.entrySet()) {
      String word = templates.getOrDefault(term.getValue(), term.getValue());
      text = text.replace("{" + term.getKey() + "}", word);
    }
    for (Map.Entry<String, String> literal : literals.entrySet()) {
      text = text.replace("{" + literal.getKey() + "}", literal.getValue());
    }
    return text;
  }

  private static Messages load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message bundle " + resource + " is missing from governance-core");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return new Messages(map);
  }
}
