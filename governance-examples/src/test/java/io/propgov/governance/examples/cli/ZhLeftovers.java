package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.engine.RuleIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the English left in a Chinese output: every ASCII word that is not an id, a number, a
 * date or the name of an English-named standard. What counts as an id:
 *
 * <ul>
 *   <li>ids of things in the input: the values of the facts' {@code id} fields and of fields
 *       naming another thing by id ({@code …Id}, {@code members}, {@code buildings}, a
 *       co-management rotation), and the ids a policy gives its own rules, levels, programmes and
 *       presets ({@code id} fields, {@code name@version});
 *   <li>dotted ids — rules ({@code satisfaction.pass-line}), parameters ({@code org.levels}), the
 *       kinds of decision a diff locates a change by ({@code satisfaction.round}) — JSON Pointers,
 *       file paths and command-line options ({@code --detail});
 *   <li>codes — a policy's {@code code} fields (tiers, items, metrics, levels, severities) and
 *       enum constants such as {@code DISMISS_COMPANY} — only when their Chinese label follows at
 *       once in full-width brackets ({@code DISMISS_COMPANY（解聘物业服务企业）}): a code alone
 *       is English to a Chinese reader; credit grades, which Chinese writes in Latin letters,
 *       also before 级 ({@code AAA级});
 *   <li>what the input said, echoed in quotes: a bad value ({@code "SACK"}), a field's name
 *       ({@code “id”});
 *   <li>hexadecimal digests and the algorithm that made them ({@code sha256});
 *   <li>in Markdown ({@code policy doc}), code — fenced blocks and {@code `spans`}, values shown
 *       as written — link targets ({@code (#p-org-levels)}) and HTML tags.
 * </ul>
 *
 * Words of English prose ({@code market company}), units ({@code m²}) and English names are
 * never allowed.
 */
final class ZhLeftovers {

  /** A run of the characters an ASCII word, id, pointer, path or number is made of. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-.@/#+'²]+");
  private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
  private static final Pattern TAG = Pattern.compile("</?[a-z][^>]*>");
  private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)\\s]*\\)");
  private static final Pattern HEX = Pattern.compile("(?=.*\\d)[0-9a-f]{8,}");
  private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}");
  private static final Pattern GRADE = Pattern.compile("A{1,3}|B{1,3}|C{1,3}|D");
  private static final Set<String> STANDARDS = Set.of("sha256");
  /** A dotted id: a rule ({@code vote.quorum.area}), a parameter ({@code org.levels}), a kind of decision. */
  private static final Pattern DOTTED = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+");
  /** Facts fields whose string values name another thing by its id. */
  private static final Set<String> REFERENCE_FIELDS = Set.of("members", "buildings", "rotation", "onDuty",
      "parent", "unit", "supervisor", "qualitySupervisor", "partyHead", "instructor", "raisedAt", "ownerId");

  private final Set<String> ids = new HashSet<>();
  private final Set<String> codes = new HashSet<>();

  /** A word left in English, with the line it stands on. */
  record Leftover(String word, String line) {
    @Override
    public String toString() {
      return word + "    in: " + line.strip();
    }
  }

  private ZhLeftovers() {}

  /**
   * The checker for outputs about the given facts, scenario and policy files (files or folders
   * of .json files).
   */
  static ZhLeftovers over(List<Path> facts, List<Path> policies) {
    ZhLeftovers checker = new ZhLeftovers();
    ObjectMapper mapper = new ObjectMapper();
    files(facts).forEach(f -> checker.facts(read(mapper, f)));
    files(policies).forEach(f -> checker.policy(read(mapper, f)));
    checker.ids.addAll(RuleIds.all());
    checker.codes.removeAll(checker.ids);
    return checker;
  }

  /** Every ASCII word in the text that is not allowed, in order. */
  List<Leftover> find(String text) {
    List<Leftover> found = new ArrayList<>();
    boolean fenced = false;
    for (String line : text.split("\n", -1)) {
      // Markdown code (a fenced block, a `span`) shows a value as it is written; a link's target
      // (#p-org-levels) and an HTML tag (<a id="…">) are markup: none is prose.
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      line = CODE_SPAN.matcher(line).replaceAll(" ");
      line = LINK_TARGET.matcher(line).replaceAll("]");
      line = TAG.matcher(line).replaceAll(" ");
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String token = trim(m.group());
        int end = m.start() + m.group().indexOf(token) + token.length();
        // A command-line option is what the reader types: --detail, --estate.
        boolean option = m.group().startsWith("--") && token.matches("[a-z][a-z-]*");
        char before = m.start() > 0 ? line.charAt(m.start() - 1) : ' ';
        char after = end < line.length() ? line.charAt(end) : ' ';
        // What the input said, echoed in quotes: a bad value ("SACK"), a field's name (“id”).
        boolean quoted = before == '"' && after == '"' || before == '“' && after == '”';
        if (!option && !quoted && !allowed(token, after)) {
          found.add(new Leftover(token, line));
        }
      }
    }
    return found;
  }

  private boolean allowed(String token, char next) {
    if (!LETTER.matcher(token).find()) {
      return !token.contains("²");
    }
    if (ids.contains(token) || DOTTED.matcher(token).matches() || token.startsWith("/") || HEX.matcher(token).matches() || STANDARDS.contains(token)) {
      return true;
    }
    if (token.contains("/") && token.endsWith(".json")) {
      return true;
    }
    int at = token.indexOf('@');
    if (at > 0 && ids.contains(token.substring(0, at)) && !LETTER.matcher(token.substring(at + 1)).find()) {
      return true;
    }
    boolean code = codes.contains(token) || ENUM.matcher(token).matches();
    if (code && next == '（') {
      return true;
    }
    return GRADE.matcher(token).matches() && (next == '级' || next == '（');
  }

  private static String trim(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && ".-'+#".indexOf(token.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && ".-'+#/".indexOf(token.charAt(to - 1)) >= 0) {
      to--;
    }
    return token.substring(from, to);
  }

  /** Hands every single-word text value of a JSON tree to {@code text}, with the name of the field it stands in. */
  private static void words(JsonNode node, String field, BiConsumer<String, String> text) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        words(e.getValue(), e.getKey(), text);
      }
    } else if (node.isArray()) {
      node.forEach(n -> words(n, field, text));
    } else if (node.isTextual() && field != null && !node.asText().contains(" ")) {
      text.accept(field, node.asText());
    }
  }

  /** Collects the ids a facts file defines or refers to. */
  private void facts(JsonNode node) {
    words(node, null, (field, value) -> {
      if (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids") || REFERENCE_FIELDS.contains(field)) {
        ids.add(value);
      }
    });
  }

  /** Collects the ids and the codes a policy file defines. */
  private void policy(JsonNode node) {
    words(node, null, (field, value) -> {
      if (field.equals("id") || field.equals("extends")) {
        ids.add(value);
      } else if (field.equals("code") || field.equals("metric") || field.equals("requiredItems")
          || field.equals("level") || field.equals("target")) {
        codes.add(value);
      }
    });
  }

  private static List<Path> files(List<Path> roots) {
    List<Path> all = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        all.add(root);
      }
    }
    return all;
  }

  private static JsonNode read(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
