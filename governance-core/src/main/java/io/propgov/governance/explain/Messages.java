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

  private static final Messages ENGLISH = load("messages.properties", Locale.ENGLISH);
  private static final Messages CHINESE = load("messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);

  /** The language figures are shown in: areas and money read in its units. */
  private final Locale locale;

  private final Map<String, String> templates;
  /** The templates cut at their placeholders, for those whose braces all belong to one. */
  private final Map<String, Template> compiled;
  /** The words of the terms, by code: the templates of the keys {@code term.<code>}. */
  private final Map<String, String> words;

  private Messages(Map<String, String> templates, Locale locale) {
    this.locale = locale;
    this.templates = Map.copyOf(templates);
    Map<String, Template> cut = new HashMap<>();
    Map<String, String> terms = new HashMap<>();
    this.templates.forEach((key, template) -> {
      Template t = Template.cut(template);
      if (t != null) {
        cut.put(key, t);
      }
      if (key.startsWith("term.")) {
        terms.put(key.substring("term.".length()), template);
      }
    });
    this.compiled = Map.copyOf(cut);
    this.words = Map.copyOf(terms);
  }

  /**
   * A template as its text between placeholders and their names: {@code texts} has one more
   * element than {@code names}.
   */
  private record Template(String[] texts, String[] names, int length) {

    /** Cuts a template, or returns null when a brace stands outside a {@code {name}}. */
    static Template cut(String template) {
      List<String> texts = new java.util.ArrayList<>();
      List<String> names = new java.util.ArrayList<>();
      int from = 0;
      while (true) {
        int open = template.indexOf('{', from);
        int stray = template.indexOf('}', from);
        if (open < 0) {
          if (stray >= 0) {
            return null;
          }
          texts.add(template.substring(from));
          break;
        }
        int close = template.indexOf('}', open + 1);
        int next = template.indexOf('{', open + 1);
        if (stray < open || close < 0 || (next >= 0 && next < close)) {
          return null;
        }
        texts.add(template.substring(from, open));
        names.add(template.substring(open + 1, close));
        from = close + 1;
      }
      return new Template(texts.toArray(String[]::new), names.toArray(String[]::new), template.length());
    }
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  static Messages forLocale(Locale locale) {
    return isChinese(locale) ? CHINESE : ENGLISH;
  }

  /** Returns every key of the English bundle; {@link RuleCatalog} reads the rules' outcomes from them. */
  static java.util.Set<String> keys() {
    return ENGLISH.templates.keySet();
  }

  /** Returns every key of the bundle of a language. */
  static java.util.Set<String> keys(Locale locale) {
    return forLocale(locale).templates.keySet();
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
    Template cut = compiled.get(key);
    if (cut != null) {
      String text = fill(cut, figures, terms, literals);
      if (text != null) {
        return text;
      }
    }
    String template = templates.get(key);
    if (template == null) {
      StringBuilder b = new StringBuilder(key);
      figures.forEach(f -> b.append(' ').append(f.name()).append('=').append(f.display(locale)));
      return b.toString();
    }
    String text = template;
    for (Figure f : figures) {
      String shown = f.unit() == Unit.TERM ? templates.getOrDefault("term." + f.text(), f.text()) : f.display(locale);
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

  /**
   * Fills a cut template in one pass, or returns null where that might differ from replacing
   * figure after figure, term after term, literal after literal, as {@link #format} does
   * otherwise. The two agree when no name and no inserted text holds a brace: each placeholder
   * then takes the first figure of its name, else its term, else its literal, whatever the order,
   * and no insertion makes a new placeholder. (Replacing in turn copied the whole text once for
   * every figure; this was the largest cost of writing a decision after the JSON itself.)
   */
  private String fill(Template cut, List<Figure> figures, Map<String, String> terms, Map<String, String> literals) {
    for (int i = 0; i < figures.size(); i++) {
      if (braced(figures.get(i).name())) {
        return null;
      }
    }
    if (!plain(terms) || !plain(literals)) {
      return null;
    }
    String[] texts = cut.texts();
    String[] names = cut.names();
    StringBuilder b = new StringBuilder(cut.length() + 16 * names.length);
    for (int i = 0; i < names.length; i++) {
      b.append(texts[i]);
      String shown = shown(names[i], figures, terms, literals);
      if (shown == null) {
        b.append('{').append(names[i]).append('}');
      } else if (braced(shown)) {
        return null;
      } else {
        b.append(shown);
      }
    }
    return b.append(texts[names.length]).toString();
  }

  /** What replaces a placeholder: its first figure, else its term, else its literal; null for none. */
  private String shown(String name, List<Figure> figures, Map<String, String> terms, Map<String, String> literals) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.name().equals(name)) {
        return f.unit() == Unit.TERM ? words.getOrDefault(f.text(), f.text()) : f.display(locale);
      }
    }
    String term = terms.isEmpty() ? null : terms.get(name);
    if (term != null) {
      return templates.getOrDefault(term, term);
    }
    return literals.isEmpty() ? null : literals.get(name);
  }

  /** Whether every key and value is present and free of braces. */
  private static boolean plain(Map<String, String> map) {
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || braced(e.getKey()) || braced(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean braced(String text) {
    return text.indexOf('{') >= 0 || text.indexOf('}') >= 0;
  }

  private static Messages load(String resource, Locale locale) {
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
    return new Messages(map, locale);
  }
}
