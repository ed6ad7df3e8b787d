package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTests {

  @Test
  void chineseAndFullwidthPunctuationTakeTwoColumns() {
    assertEquals(4, DisplayWidth.of("小区"));
    assertEquals(6, DisplayWidth.of("（元）"));
    assertEquals(6, DisplayWidth.of("✓ 满意"));
    assertEquals(1, DisplayWidth.of("e\u0301"), "a combining accent takes none");
    assertEquals(2, DisplayWidth.of("\uD840\uDC0B"), "an ideograph outside the BMP takes two");
  }

  @Test
  void cuttingNeverSplitsAWideCharacter() {
    assertEquals("小区…", DisplayWidth.fit("小区名称", 6));
    assertEquals("小…", DisplayWidth.fit("小区名称", 4));
    assertEquals("小区名称", DisplayWidth.fit("小区名称", 8));
    assertEquals("abc…", DisplayWidth.fit("abcdef", 4));
  }

  @Test
  void aTablePadsByDisplayWidth() {
    TextTable table = new TextTable(List.of("名称", "n"), 1);
    table.add(List.of("小区", "1"));
    table.add(List.of("ab", "22"));

    assertEquals("名称   n\n----  --\n小区   1\nab    22\n", table.render());
  }
}
