package io.propgov.governance.constraint;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.error.Printable;
import io.propgov.governance.explain.Label;
import io.propgov.governance.message.ConstraintMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages of input errors in the reader's language. An {@link InputError} carries its
 * message in English; its code names the template it was written from (the field constraints',
 * the JSON reader's and the policy checks' share one bundle), so the Chinese message is that
 * template's Chinese twin filled with the same values. An enum's values are shown each with its
 * Chinese name. A message no template accounts for is shown as it is.
 *
 * <p>A Chinese template shows a value as it is ({@code {id}}), or in a format:
 * {@code {v:term}} a code with its Chinese name where the SDK has one, {@code {v:list}} a list
 * joined in Chinese, {@code {v:combinations}} a decision table's combinations of input values,
 * {@code {v:text}} words the bundle's {@code text.*} templates put in Chinese,
 * {@code {v:message}} another message of the same code.
 *
 * @since 0.2.0
 */
public final class ErrorMessages {

  /** The templates tried for an error of each code, the most specific first; built once. */
  private static final Map<String, List<Parsed>> BY_CODE = new HashMap<>();
  /** The templates of any code (a message wrapped in another's), tried before a code's own. */
  private static final List<Parsed> ANY = new ArrayList<>();
  /** The words shown inside a message. */
  private static final List<Parsed> TEXT = new ArrayList<>();
  /** One combination of a table's input values, {@code {hardware=poor, size=small}}, after any "; ". */
  private static final Pattern COMBINATION = Pattern.compile("(?:^|; )\\{([^{}]*)}");

  static {
    for (String key : new TreeSet<>(ConstraintMessages.ENGLISH.keys())) {
      Parsed parsed = Parsed.of(key, ConstraintMessages.ENGLISH.template(key));
      int dot = key.indexOf('.');
      String group = dot < 0 ? key : key.substring(0, dot);
      (group.equals("any") ? ANY : group.equals("text") ? TEXT
          : BY_CODE.computeIfAbsent(group, k -> new ArrayList<>())).add(parsed);
    }
    // The template with the most fixed words wins, so that a variant's words beat a placeholder.
    Comparator<Parsed> specificFirst = Comparator.comparingInt(Parsed::fixed).reversed();
    BY_CODE.values().forEach(list -> list.sort(specificFirst));
    TEXT.sort(specificFirst);
  }

  private ErrorMessages() {}

  /** An English template as a pattern, with the names of its placeholders in order. */
  private record Parsed(String key, Pattern pattern, List<String> names, int fixed) {
    static Parsed of(String key, String template) {
      StringBuilder regex = new StringBuilder("^");
      List<String> names = new ArrayList<>();
      Matcher m = ConstraintMessages.PLACEHOLDER.matcher(template);
      int from = 0;
      int fixed = 0;
      while (m.find()) {
        regex.append(Pattern.quote(template.substring(from, m.start()))).append("(.*?)");
        fixed += m.start() - from;
        names.add(m.group(1));
        from = m.end();
      }
      regex.append(Pattern.quote(template.substring(from))).append('$');
      fixed += template.length() - from;
      return new Parsed(key, Pattern.compile(regex.toString(), Pattern.DOTALL), names, fixed);
    }
  }

  /**
   * A message in Chinese: its text, whether every part of it came from a template, the keys of
   * the templates it came from, and the values it shows as the English message had them (ids,
   * numbers, dates: data, not words).
   */
  record Rendering(String text, boolean complete, List<String> keys, List<String> data) {}

  /**
   * Returns an error's message in a language: in English as it was written; in Chinese from the
   * Chinese template of its code where the English message has that template's form.
   *
   * @param error the error, not null
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the message, never null
   */
  public static String message(InputError error, Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return error.message();
    }
    return chinese(error).text();
  }

  /** An error's message in Chinese, with what it was rendered from. */
  static Rendering chinese(InputError error) {
    Trace trace = new Trace();
    String text = render(error.code(), error.message(), trace);
    return new Rendering(text, trace.complete, List.copyOf(trace.keys), List.copyOf(trace.data));
  }

  /** What a rendering came from, gathered as it goes. */
  private static final class Trace {
    private boolean complete = true;
    private final List<String> keys = new ArrayList<>();
    private final List<String> data = new ArrayList<>();
  }

  /**
   * Renders an English message of a code in Chinese from the first template it matches; a
   * message no template accounts for is kept as it is and marks the rendering incomplete.
   */
  private static String render(String code, String message, Trace trace) {
    List<Parsed> candidates = new ArrayList<>(ANY);
    candidates.addAll(code.equals("text") ? TEXT : BY_CODE.getOrDefault(code, List.of()));
    for (Parsed parsed : candidates) {
      Matcher m = parsed.pattern().matcher(message);
      if (m.matches()) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parsed.names().size(); i++) {
          values.put(parsed.names().get(i), m.group(i + 1));
        }
        trace.keys.add(parsed.key());
        if ("enum".equals(parsed.key())) {
          values.computeIfPresent("bound", (k, list) -> labelled(list));
        }
        return ConstraintMessages.CHINESE.fill(parsed.key(), values, (format, value) ->
            show(code, format, value, trace));
      }
    }
    trace.complete = false;
    return message;
  }

  /** A value as a Chinese template's placeholder format asks. */
  private static String show(String code, String format, String value, Trace trace) {
    if (format == null) {
      trace.data.add(value);
      return value;
    }
    return switch (format) {
      case "message" -> render(code, value, trace);
      case "text" -> render("text", value, trace);
      case "term" -> {
        trace.data.add(value);
        yield label(value);
      }
      case "combinations" -> combinations(value, trace);
      case "list" -> {
        trace.data.addAll(List.of(value.split(", ")));
        yield String.join("、", value.split(", "));
      }
      default -> throw new IllegalStateException("no format " + format);
    };
  }

  /**
   * Returns an error as a line, {@code pointer: message} ({@code （文档）：…} for the whole
   * document in Chinese), with control characters escaped as {@link InputError#toString()} does.
   *
   * @param error the error, not null
   * @param locale the reader's language, not null
   * @return the line, never null
   */
  public static String line(InputError error, Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return error.toString();
    }
    return Printable.of((error.pointer().isEmpty() ? "（文档）" : error.pointer()) + "：" + message(error, locale));
  }

  /**
   * Returns what an invalid input exception says, in a language: its headline and each error on
   * a line of its own, as its English message has them.
   *
   * @param e the exception, not null
   * @param locale the reader's language, not null
   * @return the text, never null
   */
  public static String describe(InvalidInputException e, Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return e.getMessage();
    }
    String what = e instanceof InvalidFactsException ? "事实数据" : e instanceof InvalidPolicyException ? "政策" : "输入";
    return what + "有误，共 " + e.errors().size() + " 处错误：\n"
        + e.errors().stream().map(error -> "  " + line(error, locale)).collect(Collectors.joining("\n"));
  }

  /**
   * Combinations of a table's input values as the English message prints them,
   * {@code {hardware=poor, size=small}; {…}}, each input and value quoted as data:
   * {@code （“hardware”=“poor”，“size”=“small”）；（…）}.
   */
  private static String combinations(String value, Trace trace) {
    Matcher m = COMBINATION.matcher(value);
    List<String> shown = new ArrayList<>();
    int end = 0;
    while (m.find()) {
      List<String> pairs = new ArrayList<>();
      for (String pair : m.group(1).split(", ")) {
        int eq = pair.indexOf('=');
        String input = eq < 0 ? pair : pair.substring(0, eq);
        String chosen = eq < 0 ? "" : pair.substring(eq + 1);
        trace.data.add(input);
        trace.data.add(chosen);
        pairs.add("“" + input + "”=“" + chosen + "”");
      }
      shown.add("（" + String.join("，", pairs) + "）");
      end = m.end();
    }
    if (shown.isEmpty() || !value.substring(end).isEmpty()) {
      trace.complete = false;
      return value;
    }
    return String.join("；", shown);
  }

  /** An enum's values, each followed by its Chinese name where the SDK has one. */
  private static String labelled(String list) {
    List<String> shown = new ArrayList<>();
    for (String value : list.split(", ")) {
      shown.add(label(value));
    }
    return String.join("、", shown);
  }

  /** A code followed by its Chinese name where the SDK has one. */
  private static String label(String value) {
    String zh = Label.term(value).zh();
    return zh.equals(value) ? value : value + "（" + zh + "）";
  }
}
