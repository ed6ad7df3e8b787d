package io.propgov.governance.constraint;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.error.Printable;
import io.propgov.governance.explain.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages of input errors in the reader's language. An {@link InputError} carries its
 * message in English; its code names the template it was written from (the field constraints'
 * and the JSON reader's share one bundle), so the Chinese message is that template's Chinese
 * twin filled with the same values. An enum's values are shown each with its Chinese name. A
 * message no template accounts for is shown as it is.
 *
 * @since 0.2.0
 */
public final class ErrorMessages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|bound|value)}");
  /** English templates cut into patterns, by key; built once. */
  private static final Map<String, Parsed> PATTERNS = new HashMap<>();

  /**
   * The templates of each code, its variants ({@code io.missing}, {@code minItems.one}) before
   * the bare code, so that a variant's fixed words win over the bare template's placeholder.
   */
  private static final Map<String, List<String>> VARIANTS = new HashMap<>();

  static {
    for (String key : ConstraintMessages.ENGLISH.keys()) {
      PATTERNS.put(key, Parsed.of(ConstraintMessages.ENGLISH.template(key)));
    }
    for (String key : new java.util.TreeSet<>(PATTERNS.keySet())) {
      int dot = key.indexOf('.');
      List<String> keys = VARIANTS.computeIfAbsent(dot < 0 ? key : key.substring(0, dot), k -> new ArrayList<>());
      if (dot < 0) {
        keys.add(key);
      } else {
        keys.add(0, key);
      }
    }
  }

  private ErrorMessages() {}

  /** An English template as a pattern, with the names of its placeholders in order. */
  private record Parsed(Pattern pattern, List<String> names) {
    static Parsed of(String template) {
      StringBuilder regex = new StringBuilder("^");
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(template);
      int from = 0;
      while (m.find()) {
        regex.append(Pattern.quote(template.substring(from, m.start()))).append("(.*?)");
        names.add(m.group(1));
        from = m.end();
      }
      regex.append(Pattern.quote(template.substring(from))).append('$');
      return new Parsed(Pattern.compile(regex.toString(), Pattern.DOTALL), names);
    }
  }

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
    for (String key : VARIANTS.getOrDefault(error.code(), List.of())) {
      Parsed parsed = PATTERNS.get(key);
      Matcher m = parsed.pattern().matcher(error.message());
      if (m.matches()) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parsed.names().size(); i++) {
          values.put(parsed.names().get(i), m.group(i + 1));
        }
        if ("enum".equals(error.code())) {
          values.computeIfPresent("bound", (k, list) -> labelled(list));
        }
        return ConstraintMessages.CHINESE.format(key, values.get("name"), values.get("bound"), values.get("value"));
      }
    }
    return error.message();
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

  /** An enum's values, each followed by its Chinese name where the SDK has one. */
  private static String labelled(String list) {
    List<String> shown = new ArrayList<>();
    for (String value : list.split(", ")) {
      String zh = Label.term(value).zh();
      shown.add(zh.equals(value) ? value : value + "（" + zh + "）");
    }
    return String.join("、", shown);
  }
}
