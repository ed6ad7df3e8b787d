package io.propgov.governance.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.vote.Matter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagesTests {

  private static final Path BUNDLES = Path.of("src/main/resources/io/propgov/governance/explain");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");

  static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  /** A text figure holding a code (an enum constant such as {@code WORKING} or {@code NONE}), which must be translated. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

  /**
   * Every message key a decision uses: its headline, each reason, each term, the {@code term.<code>}
   * of every text figure holding a code, and those of its parts.
   */
  static Set<String> keysOf(Decision<?> decision) {
    Set<String> keys = new TreeSet<>();
    keys.add(decision.value().messageKey());
    keys.addAll(decision.value().headlineTerms().values().stream().filter(k -> k.contains(".")).toList());
    keys.addAll(codeTerms(decision.value().headlineFigures()));
    decision.reasons().forEach(r -> {
      keys.add(r.messageKey());
      keys.addAll(codeTerms(r.figures()));
    });
    decision.value().parts().forEach(p -> keys.addAll(keysOf(p)));
    return keys;
  }

  private static List<String> codeTerms(List<Figure> figures) {
    return figures.stream().filter(f -> f.unit() == Unit.TERM)
        .map(f -> "term." + f.text()).toList();
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
    assertEquals(new TreeSet<>(english), new TreeSet<>(chinese));
  }

  /** A policy-given name comes as one figure per language ({@code severityEn}, {@code severityZh}). */
  private static Set<String> sameAcrossLanguages(Set<String> placeholders) {
    Set<String> out = new TreeSet<>();
    placeholders.forEach(p -> out.add(p.replaceAll("(En|Zh)}$", "}")));
    return out;
  }

  @Test
  void bothLanguagesOfATemplateUseTheSamePlaceholders() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh_CN.properties");
    List<String> differing = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (!sameAcrossLanguages(placeholders(english.getProperty(key)))
          .equals(sameAcrossLanguages(placeholders(chinese.getProperty(key, ""))))) {
        differing.add(key);
      }
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void everyKeyTheRulesProduceIsInBothBundles() throws IOException {
    Set<String> keys = new TreeSet<>();
    SampleDecisions.all().forEach(d -> keys.addAll(keysOf(d)));
    for (Matter m : Matter.values()) {
      keys.add("matter." + m);
    }
    for (EstateStatus s : EstateStatus.values()) {
      keys.add("estate." + s);
    }
    for (RoundStatus s : RoundStatus.values()) {
      keys.add("satisfaction.round." + s);
    }
    keys.addAll(List.of("vote.PASSED", "vote.PASSED.WITH_END", "vote.REJECTED", "vote.NO_QUORUM",
        "satisfaction.assessment.DISMISSAL_MAY_START", "satisfaction.assessment.NO_DISMISSAL"));
    keys.addAll(marginKeys());
    for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
      Set<String> bundle = load(file).stringPropertyNames();
      List<String> missing = keys.stream().filter(k -> !bundle.contains(k)).toList();
      assertEquals(List.of(), missing, file);
    }
    assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()), keys,
        "the sample decisions use every template, so none is dead and the checks above cover them all");
  }

  /**
   * The margin clauses' keys: every unit in both numbers, every kind of clause, and each rule's own
   * wording of a kind, which must name a rule the catalogue knows and a kind there is.
   */
  private static Set<String> marginKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (MarginUnit unit : MarginUnit.values()) {
      if (unit == MarginUnit.LABELLED) {
        continue; // named by the policy, not by the bundles
      }
      keys.add("unit." + unit.name() + ".one");
      keys.add("unit." + unit.name() + ".other");
    }
    Set<String> kinds = new TreeSet<>();
    for (MarginText.Kind kind : MarginText.Kind.values()) {
      keys.add("margin." + kind.name());
      kinds.add(kind.name());
    }
    for (String key : load("messages.properties").stringPropertyNames()) {
      if (key.startsWith("margin.") && key.indexOf('.', "margin.".length()) > 0) {
        String rule = key.substring("margin.".length(), key.lastIndexOf('.'));
        String kind = key.substring(key.lastIndexOf('.') + 1);
        assertTrue(RuleCatalog.rules().containsKey(rule), key + " names no rule");
        assertTrue(kinds.contains(kind), key + " names no kind of margin clause");
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void noRenderingLeavesAPlaceholderUnreplaced() {
    for (Decision<?> d : SampleDecisions.all()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        String text = d.render(locale);
        Matcher m = PLACEHOLDER.matcher(text);
        assertTrue(!m.find(), () -> "unreplaced " + m.group() + " in " + locale + ":\n" + text);
        assertTrue(!text.contains("=") , () -> "a key without a template fell back to key=value:\n" + text);
      }
    }
  }

  private static Set<String> placeholders(String template) {
    return PLACEHOLDER.matcher(template).results().map(r -> r.group()).collect(Collectors.toCollection(TreeSet::new));
  }
}
