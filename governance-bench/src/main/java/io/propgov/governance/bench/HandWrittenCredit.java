package io.propgov.governance.bench;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The credit-grade rules of the {@code yantai} preset written by hand, with its values of 2022 as
 * constants: each event counts for 12 months from its date; the score is the basic score (at most
 * 80) plus good records (at most 40) plus party-building work (at most 10) minus bad records and
 * serious violations; grades AAA from 85, AA from 80, A from 70, B from 60, C below; a serious
 * violation still counting sets the grade to C. The grade is given on the as-of date and at the
 * close of every yearly cycle from the one of the first event. It builds no explanation and keeps
 * no blacklist: the engine's credit assessment also replays the blacklist and says which joint
 * rewards and punishments are in force, which this baseline leaves out.
 */
public final class HandWrittenCredit {

  private static final BigDecimal BASIC_CAP = BigDecimal.valueOf(80);
  private static final BigDecimal GOOD_CAP = BigDecimal.valueOf(40);
  private static final BigDecimal PARTY_CAP = BigDecimal.valueOf(10);
  private static final int BASIC = 0;
  private static final int GOOD = 1;
  private static final int PARTY = 2;
  private static final int BAD = 3;
  private static final int SERIOUS = 4;

  /**
   * The answer: score and grade on the as-of date, and the grade of each closed cycle, oldest first.
   *
   * @param score the score on the as-of date
   * @param grade the grade on the as-of date
   * @param cycles the grades of the cycles closed by the as-of date
   */
  public record Result(BigDecimal score, String grade, List<String> cycles) {}

  /**
   * A score on one day and whether a serious violation still counts then.
   *
   * @param score the score
   * @param vetoed whether a serious violation counts
   */
  public record Sheet(BigDecimal score, boolean vetoed) {}

  /** A record's events known on the as-of date, resolved once: kind, points, first and last day. */
  static final class Ledger {
    final int size;
    final int[] kinds;
    final BigDecimal[] points;
    final LocalDate[] from;
    final LocalDate[] to;
    final LocalDate first;

    Ledger(CompanyRecord record, LocalDate asOf) {
      int n = record.events().size();
      kinds = new int[n];
      points = new BigDecimal[n];
      from = new LocalDate[n];
      to = new LocalDate[n];
      int k = 0;
      LocalDate earliest = null;
      for (CreditEvent e : record.events()) {
        if (e.date().isAfter(asOf)) {
          continue;
        }
        int kind = kind(e.code());
        kinds[k] = kind;
        points[k] = e.points() != null ? e.points() : BigDecimal.valueOf(points(e.code()));
        from[k] = e.date();
        to[k] = e.date().plusMonths(12).minusDays(1);
        earliest = earliest == null || e.date().isBefore(earliest) ? e.date() : earliest;
        k++;
      }
      size = k;
      first = earliest;
    }

    Sheet sheet(LocalDate on) {
      BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
      boolean veto = false;
      for (int i = 0; i < size; i++) {
        if (!on.isBefore(from[i]) && !on.isAfter(to[i])) {
          sums[kinds[i]] = sums[kinds[i]].add(points[i]);
          veto |= kinds[i] == SERIOUS;
        }
      }
      BigDecimal score = sums[BASIC].min(BASIC_CAP).add(sums[GOOD].min(GOOD_CAP)).add(sums[PARTY].min(PARTY_CAP))
          .subtract(sums[BAD]).subtract(sums[SERIOUS]);
      return new Sheet(score, veto);
    }
  }

  private HandWrittenCredit() {}

  /**
   * Grades a record as {@code engine.credit().assess(record, asOf)} does.
   *
   * @param record the record (codes of the yantai catalogue)
   * @param asOf the date
   * @return the score and grades
   */
  public static Result assess(CompanyRecord record, LocalDate asOf) {
    return assess(record, asOf, (score, veto) -> grade(score, veto));
  }

  /**
   * Scores a record on the as-of date and at each cycle's close, grading each sheet with {@code grader}.
   *
   * @param record the record
   * @param asOf the date
   * @param grader the grade of a score, given whether a serious violation vetoes it
   * @return the score and grades
   */
  static Result assess(CompanyRecord record, LocalDate asOf, BiFunction<BigDecimal, Boolean, String> grader) {
    Ledger ledger = new Ledger(record, asOf);
    List<String> cycles = new ArrayList<>(4);
    if (ledger.first != null) {
      for (LocalDate start = LocalDate.of(ledger.first.getYear(), 1, 1), end = start.plusYears(1).minusDays(1);
          !end.isAfter(asOf); start = start.plusYears(1), end = start.plusYears(1).minusDays(1)) {
        Sheet sheet = ledger.sheet(end);
        cycles.add(grader.apply(sheet.score(), sheet.vetoed()));
      }
    }
    Sheet now = ledger.sheet(asOf);
    return new Result(now.score(), grader.apply(now.score(), now.vetoed()), cycles);
  }

  /**
   * The Yantai grade of a score.
   *
   * @param score the score
   * @param vetoed whether a serious violation still counts
   * @return the grade code
   */
  public static String grade(BigDecimal score, boolean vetoed) {
    return vetoed ? "C" : HandWrittenRules.grade(score);
  }

  private static int kind(String code) {
    return switch (code) {
      case "basic-assessment" -> BASIC;
      case "award-province", "award-city", "emergency-commendation" -> GOOD;
      case "party-organisation", "party-instructor" -> PARTY;
      case "complaint-upheld", "rectification-order", "administrative-penalty" -> BAD;
      case "serious-violation" -> SERIOUS;
      default -> throw new IllegalArgumentException("not a yantai credit event code: " + code);
    };
  }

  private static int points(String code) {
    return switch (code) {
      case "basic-assessment" -> 80;
      case "award-province", "serious-violation" -> 20;
      case "award-city", "administrative-penalty" -> 10;
      case "emergency-commendation", "party-organisation", "rectification-order" -> 5;
      case "party-instructor", "complaint-upheld" -> 2;
      default -> throw new IllegalArgumentException("not a yantai credit event code: " + code);
    };
  }
}
