package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** CSV quoting and cells, for any text: commas, quotes, CR and LF, Chinese, leading formula signs. */
class CsvProperties {

  /** Characters that matter to CSV or to a spreadsheet, and some that do not. */
  private static final String ALPHABET = ",\"\r\n\t =+-@'a1.小区红色物业²\u0085\u001b";

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
          return text.toString();
        });
  }

  @Test
  void anyFieldsRoundTripThroughARecord() {
    qt().withExamples(2000).forAll(lists().of(texts()).ofSizeBetween(1, 6)).checkAssert(fields -> {
      List<List<String>> read = CsvReader.read(Csv.record(fields));
      assertEquals(List.of(fields), read);
    });
  }

  @Test
  void aCellIsOneLineAndNeverAFormula() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      String cell = Csv.cell(text);
      assertFalse(cell.contains("\r") || cell.contains("\n"), cell);
      boolean number = text.matches("-?\\d+(\\.\\d+)?");
      assertTrue(number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
      assertEquals(List.of(List.of(cell)), CsvReader.read(Csv.record(List.of(cell))));
    });
  }
}
