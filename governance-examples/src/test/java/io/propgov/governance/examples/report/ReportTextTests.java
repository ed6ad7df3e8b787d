package io.propgov.governance.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
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
  void figuresOfMoneyAndAreaReadInYuanAndSquareMetresForAChineseReader() {
    Figure award = Figure.of("award", Fraction.of(new BigDecimal("30000")), Unit.CNY);
    Figure arrears = Figure.of("owed", Fraction.of(new BigDecimal("540")), Unit.CNY);
    Figure area = Figure.of("area", Fraction.of(new BigDecimal("16800.5")), Unit.SQUARE_METRES);

    assertEquals("3.00万元", award.display(ZH));
    assertEquals("540.00元", arrears.display(ZH));
    assertEquals("16800.5平方米", area.display(ZH));
    assertEquals(award.display(), award.display(Locale.ENGLISH), "English is as it was");
    assertEquals("16800.5 m²", area.display(Locale.ENGLISH));
  }
}
