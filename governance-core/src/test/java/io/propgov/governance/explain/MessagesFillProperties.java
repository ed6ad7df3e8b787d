package io.propgov.governance.explain;

import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  /** The terms and the literals a template is filled with. */
  record Words(Map<String, String> terms, Map<String, String> literals) {}

  @Test
  void onePassEqualsReplacingInTurn() {
    qt().withExamples(2000).forAll(keys(), figures(), words().zip(words(), Words::new), booleans())
        .checkAssert((key, figures, words, chinese) -> {
          Messages m = Messages.forLocale(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
          assertEquals(inTurn(m, key, figures, words.terms(), words.literals()),
              m.format(key, figures, words.terms(), words.literals()));
        });
  }

  private static Gen<String> keys() {
    return oneOf(new ArrayList<>(Messages.keys()));
  }

  /** Names from the templates' placeholders, or drawn with braces. */
  private static Gen<String> names() {
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
    return Generate.oneOf(oneOf(used), strings("ab{}", 1, 4));
  }

  private static Gen<String> texts() {
    return Generate.oneOf(strings("xy{}", 0, 4), names().map(n -> "{" + n + "}"),
        oneOf("no-facts", "VOTES", "SATISFACTION"));
  }

  private static Gen<List<Figure>> figures() {
    Gen<Figure> figure = Generate.oneOf(
        names().zip(texts(), Figure::text),
        names().zip(texts(), Figure::term),
        names().zip(longs(0, 1000), (name, count) -> Figure.count(name, count)));
    return lists(figure, 0, 6);
  }

  /** Up to three names, each with a text. */
  private static Gen<Map<String, String>> words() {
    return lists(names().zip(texts(), List::of), 0, 3).map(pairs -> {
      Map<String, String> words = new LinkedHashMap<>();
      pairs.forEach(p -> words.putIfAbsent(p.get(0), p.get(1)));
      return words;
    });
  }
}
