package io.propgov.governance.bench;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates company credit records for the credit benchmark, deterministically (one
 * {@link SplittableRandom} per record, seeded from {@link EstateGenerator#SEED} and the index),
 * with the codes of the {@code yantai} preset's catalogue.
 *
 * <p>Each record spans 2022 to 2024: a basic assessment early each year, worth 55 to 80 points
 * (Yantai: the basic score is at most 80), then good records, party-building work and bad records
 * on random days, the share of bad records drawn per company (illustrative) so that every grade
 * comes up; one company in four has one serious violation, which vetoes its grade for a year and
 * lists it. Ids are {@code e0}, {@code e1}, ...; no event is corrected.
 */
public final class CreditGenerator {

  private static final LocalDate START = LocalDate.of(2022, 1, 1);
  private static final int DAYS = 3 * 365 + 1;
  private static final String[] GOOD = {"award-province", "award-city", "emergency-commendation",
      "emergency-commendation"};
  private static final String[] PARTY = {"party-organisation", "party-instructor"};
  private static final String[] BAD = {"complaint-upheld", "complaint-upheld", "complaint-upheld",
      "rectification-order", "administrative-penalty"};

  private CreditGenerator() {}

  /**
   * A company's record of {@code events} events.
   *
   * @param index the company's number, giving its id and seed
   * @param events the events, at least 4
   * @return the record
   */
  public static CompanyRecord record(long index, int events) {
    SplittableRandom random = new SplittableRandom(EstateGenerator.SEED * 3_000_017L + index);
    List<CreditEvent> list = new ArrayList<>(events);
    for (int year = 0; year < 3; year++) {
      list.add(new CreditEvent("e" + list.size(), "basic-assessment", START.plusYears(year).plusDays(random.nextInt(20)),
          BigDecimal.valueOf(550 + random.nextInt(251), 1), null));
    }
    if (random.nextInt(4) == 0) {
      list.add(new CreditEvent("e" + list.size(), "serious-violation", day(random)));
    }
    double bad = 0.2 + random.nextDouble() * 0.5;
    while (list.size() < events) {
      double draw = random.nextDouble();
      String code = draw < bad ? BAD[random.nextInt(BAD.length)]
          : draw < bad + (1 - bad) * 0.7 ? GOOD[random.nextInt(GOOD.length)] : PARTY[random.nextInt(PARTY.length)];
      list.add(new CreditEvent("e" + list.size(), code, day(random)));
    }
    return new CompanyRecord("91370600MA" + String.format("%08d", index), "Company " + index, list);
  }

  private static LocalDate day(SplittableRandom random) {
    return START.plusDays(random.nextInt(DAYS));
  }
}
