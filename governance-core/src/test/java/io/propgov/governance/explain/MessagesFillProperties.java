package io.propgov.governance.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Filling a template in one pass gives the text of replacing figure after figure, term after
 * term, literal after literal, as the messages were first filled: names and texts drawn to hold
 * braces, placeholders of other figures and names used twice.
 */
class MessagesFillProperties {

  /** The text replacing in turn gives. */
  private static String inTurn(Messages m, String key, List<Figure> figures, Map<String, String> terms,
      Map<String, String> literals) {
    String text = m.template(key);
    for (Figure f : figures) {
      String shown = f.unit() == Unit.TERM ? (m.template("term." + f.text()) != null ? m.template("term." + f.text())
          : f.text()) : f.display();
      text = text.replace("{" + f.name() + "}", shown);
    }
    for (Map.Entry<String, String> term : terms.entrySet()) {
      String word = m.template(term.getValue()) != null ? m.template(term.getValue()) : term.getValue();
      text = text.replace("{" + term.getKey() + "}", word);
    }
    for (Map.Entry<String, String> literal : literals.entrySet()) {
      text = text.replace("{" + literal.getKey() + "}", literal.getValue());
    }
    return text;
  }

  @Property(tries = 2000)
  void onePassEqualsReplacingInTurn(@ForAll("keys") String key, @ForAll("figures") List<Figure> figures,
      @ForAll("words") Map<String, String> terms, @ForAll("words") Map<String, String> literals,
      @ForAll boolean chinese) {
    Messages m = Messages.forLocale(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    assertEquals(inTurn(m, key, figures, terms, literals), m.format(key, figures, terms, literals));
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of(new ArrayList<>(Messages.keys()));
  }

  /** Names from the templates' placeholders, or drawn with braces. */
  private static Arbitrary<String> names() {
    List<String> used = new ArrayList<>();
    for (String key : Messages.keys()) {
      String t = Messages.forLocale(Locale.ENGLISH).template(key);
      for (int i = t.indexOf('{'); i >= 0; i = t.indexOf('{', i + 1)) {
        int close = t.indexOf('}', i);
        if (close > i) {
          used.add(t.substring(i + 1, close));
        }
      }
    }
    return Arbitraries.oneOf(Arbitraries.of(used), Arbitraries.strings().withChars("ab{}").ofMinLength(1)
        .ofMaxLength(4));
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("xy{}").ofMaxLength(4),
        names().map(n -> "{" + n + "}"), Arbitraries.of("no-facts", "VOTES", "SATISFACTION"));
  }

  @Provide
  Arbitrary<List<Figure>> figures() {
    Arbitrary<Figure> figure = Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(names(), texts()).as(Figure::text),
        net.jqwik.api.Combinators.combine(names(), texts()).as(Figure::term),
        net.jqwik.api.Combinators.combine(names(), Arbitraries.longs().between(0, 1000))
            .as(Figure::count));
    return figure.list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Map<String, String>> words() {
    return Arbitraries.maps(names(), texts()).ofMaxSize(3).map(LinkedHashMap::new);
  }
}
