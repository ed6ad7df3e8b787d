package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A report line written as bytes is exactly its text encoded in UTF-8, whatever the strings
 * hold (escapes, surrogate pairs, lone surrogates, CJK), whether its reasons were written
 * before or not, and after other lines in the same buffer.
 */
class ReportLineBytesTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(JSON.readPolicy(Fixtures.cnDefault()));

  private static void assertSameBytes(long line, Result<EstateReport> result) {
    for (Locale locale : LOCALES) {
      byte[] expected = JSON.writeReportLine(line, result, locale).getBytes(StandardCharsets.UTF_8);
      for (int round = 0; round < 2; round++) { // the second time from the bytes kept
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("before\n".getBytes(StandardCharsets.UTF_8));
        JSON.writeReportLine(line, result, locale, out);
        byte[] all = out.toByteArray();
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(all, 7, all.length), locale::toString);
      }
    }
  }

  private static Result<EstateReport> report(Estate estate) {
    return ENGINE.assessEstates(GovernanceFacts.of(List.of(estate)), AS_OF).get(0);
  }

  private static Estate named(Estate e, String id, String name) {
    return new Estate(id, name, e.company(), e.surveyRounds(), e.votes(), e.unitId(), e.households(),
        e.serviceMode(), e.fees(), e.committee(), e.service());
  }

  @Test
  void estatesOfTheFixtures() {
    List<Estate> estates = new ArrayList<>(List.of(Fixtures.dismissingEstate()));
    estates.addAll(JSON.readFacts(Fixtures.hierarchyFacts()).estates());
    long line = 1;
    for (Estate estate : estates) {
      assertSameBytes(line++, report(estate));
    }
  }

  @Test
  void namesThatNeedCareInUtf8() {
    Estate e = Fixtures.dismissingEstate();
    for (String text : List.of("a\uD83D\uDE00b", "a\uD83Db", "\uDE00", "end\uD83D", "中文\"\\/\t\u2028\u0000",
        "x".repeat(9000) + "\uD83D\uDE00" + "中".repeat(3000))) {
      assertSameBytes(2, report(named(e, "E-" + text, text)));
      assertSameBytes(3, Result.rejected(0, text, List.of(new InputError("/name", "x", text))));
    }
  }

  @Test
  void anyNames() {
    qt().withExamples(200).forAll(Generators.unicodeText(), Generators.unicodeText()).checkAssert((id, name) -> {
      Estate e = Fixtures.dismissingEstate();
      if (!id.isBlank()) {
        assertSameBytes(5, report(named(e, id, name)));
      }
      assertSameBytes(6, Result.rejected(0, id.isBlank() ? null : id,
          List.of(new InputError("", "syntax", name))));
    });
  }
}
