package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class ReportTextTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void bothLanguagesHoldTheSameKeys() {
    assertEquals(ReportText.keys(false), ReportText.keys(true));
  }

  @Test
  void anUnknownKeyIsAnError() {
    assertThrows(MissingResourceException.class, () -> ReportText.label("no.such.key"));
  }

  @Test
  void moneyIsShownToTheFenInCnyOrYuan() {
    assertEquals("280,000.00 CNY", ReportText.money(new BigDecimal("280000"), Locale.ENGLISH));
    assertEquals("0.00 CNY", ReportText.money(BigDecimal.ZERO, Locale.ENGLISH));
    assertEquals("540.00元", ReportText.money(new BigDecimal("540"), ZH));
  }

  @Test
  void tenThousandsOfYuanAreShownAsWanOnlyWhenTwoPlacesAreExact() {
    assertEquals("28.00万元", ReportText.money(new BigDecimal("280000.00"), ZH));
    assertEquals("1.00万元", ReportText.money(new BigDecimal("10000"), ZH));
    assertEquals("10,000.01元", ReportText.money(new BigDecimal("10000.01"), ZH), "1.00万元 would lose the fen");
    assertEquals("10,050.00元", ReportText.money(new BigDecimal("10050"), ZH), "1.005万元 would need three places");
    assertEquals("9,900.00元", ReportText.money(new BigDecimal("9900"), ZH), "under 10,000 yuan stays in yuan");
  }

  @Test
  void amountsInTheDecisionsTextsAreShownInYuanForAChineseReader() {
    String text = "预算 5000000 CNY 中发放 30000 CNY；欠费 540 CNY，10000.01 CNY；ABC12 CNY 不变";

    assertEquals("预算 500.00万元 中发放 3.00万元；欠费 540.00元，10,000.01元；ABC12 CNY 不变", ReportText.moneyIn(text, ZH));
    assertEquals(text, ReportText.moneyIn(text, Locale.ENGLISH));
  }
}
