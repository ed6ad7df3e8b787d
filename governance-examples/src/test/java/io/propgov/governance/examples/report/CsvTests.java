package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

  @Test
  void aFieldIsQuotedOnlyWhenItMustBe() {
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",小区\r\n",
        Csv.record(List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "小区")));
  }

  @Test
  void formulaSignsGetAnApostropheButPlainNumbersStayNumbers() {
    assertEquals("'=HYPERLINK(\"http://x\",\"y\")", Csv.cell("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+1+2", Csv.cell("+1+2"));
    assertEquals("'-1+2", Csv.cell("-1+2"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("'\\u0009x", Csv.cell("\tx"), "neutralised, then the tab escaped");
    assertEquals("'\\u000dx", Csv.cell("\rx"));
    assertEquals("-12.5", Csv.cell("-12.5"));
    assertEquals("-3", Csv.cell("-3"));
    assertEquals("a=b", Csv.cell("a=b"));
    assertEquals("", Csv.cell(null));
  }

  @Test
  void controlCharactersAreEscapedSoThatARecordIsOneLine() {
    assertEquals("a\\u000ab\\u001b[31m", Csv.cell("a\nb\u001b[31m"));
  }
}
