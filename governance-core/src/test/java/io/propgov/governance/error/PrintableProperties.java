package io.propgov.governance.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** No control character survives {@link Printable#of}; text without one comes back untouched. */
class PrintableProperties {

  @Test
  void noControlCharacterSurvives() {
    qt().withExamples(2_000).forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 40))
        .check(s -> Printable.of(s).chars().noneMatch(c -> Printable.isControl((char) c)));
  }

  @Test
  void textWithoutControlCharactersIsReturnedAsItIs() {
    qt().withExamples(1_000).forAll(strings().betweenCodePoints(0xa0, 0x3000).ofLengthBetween(0, 40))
        .check(s -> Printable.of(s) == s);
  }

  @Test
  void eachControlCharacterIsShownAsItsUnicodeEscape() {
    assertEquals("E\\u001b[31m\\u0000\\u000a\\u007f\\u0085东湖²",
        Printable.of("E\u001b[31m\u0000\n\u007f\u0085东湖²"));
    String plain = "东湖² estate";
    assertSame(plain, Printable.of(plain));
  }
}
