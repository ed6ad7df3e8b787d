package io.propgov.governance.org;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The last day of a period counted forward to act in, moved off a statutory rest day: "where the
 * last day of a period is a statutory rest day, the day after the statutory rest day ends is the
 * last day of the period" (Civil Code art. 203, in force from 2021-01-01; before it the General
 * Principles of the Civil Law, art. 154 para. 3, in force 1987-01-01 to 2020-12-31, gave the same
 * rule). The rest days are those of the policy's {@code org.calendar} in force on the counted last
 * day; without one, Saturday and Sunday, public holidays being unknown (a model assumption). A
 * calendar that states the years it lists and lacks the year of a day counted is likewise read
 * as Monday to Friday for that day, flagged the same way.
 *
 * @param nominal the last day as counted by Civil Code arts. 201 and 202
 * @param lastDay the last day after the move: {@code nominal} on a working day, else the first
 *     working day after it
 * @param policyCalendar whether the policy's calendar told the working days, rather than Monday to Friday
 * @param holidaysListed whether the policy's calendar lists the public holidays of every day from
 *     {@code nominal} to {@code lastDay} ({@link WorkCalendar#lists}); false without a calendar
 * @since 0.3.0
 */
public record PeriodLastDay(LocalDate nominal, LocalDate lastDay, boolean policyCalendar, boolean holidaysListed) {

  /** The day the Civil Code, and its art. 203, came into force; the earlier rule applies before it. */
  static final LocalDate CIVIL_CODE_IN_FORCE = LocalDate.of(2021, 1, 1);

  private static final String CIVIL_CODE_EN = "Civil Code (2020, in force from 2021-01-01), art. 203: \"Where the last"
      + " day of a period is a statutory rest day, the day after the statutory rest day ends is the last day of the"
      + " period. The last day of a period ends at 24:00; where there are business hours, at the time business stops\""
      + " (this model counts whole days: acting on the last day is in time); art. 204: \"periods are counted as this"
      + " Code provides, unless the law provides otherwise or the parties agree otherwise\" (this model takes no such"
      + " agreement)";
  private static final String CIVIL_CODE_ZH = "《民法典》（2020年，2021年1月1日起施行）第二百零三条：“期间的最后一日是法定休假日的，"
      + "以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。”"
      + "（本模型按日计算：最后一日内行为即属按期）；第二百零四条：“期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的"
      + "除外。”（本模型不接收此类约定）";
  private static final String GPCL_EN = "General Principles of the Civil Law (adopted 1986, in force from 1987-01-01"
      + " to 2020-12-31), art. 154 para. 3: \"Where the last day of a period is a Sunday or another statutory rest day,"
      + " the day after the rest day is the last day of the period\" (this model takes the day after the last of"
      + " consecutive rest days)";
  private static final String GPCL_ZH = "《民法通则》（1986年通过，1987年1月1日起施行，2020年12月31日废止）第一百五十四条第三款："
      + "“期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。”（本模型取连续休假日结束后的次日）";
  private static final String CALENDAR_EN = "; working days and rest days from the policy's calendar (org.calendar)";
  private static final String CALENDAR_ZH = "；工作日与休假日按政策的工作日历（org.calendar）确定";
  private static final String UNLISTED_EN = "; working days from the policy's calendar (org.calendar), which does not"
      + " list the public holidays of %s: there Monday to Friday are taken as working days and Saturday and Sunday as"
      + " rest days, public holidays and make-up working days not being known";
  private static final String UNLISTED_ZH = "；工作日按政策的工作日历（org.calendar）确定，但该日历未列明%s的法定节假日："
      + "其间以周一至周五为工作日、周六和周日为休假日，法定节假日与调休上班日无从得知";

  /**
   * Checks that both days are given, the last day is not before the counted one, and holidays are
   * listed only by a policy's calendar.
   */
  public PeriodLastDay {
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(nominal)) {
      throw new IllegalArgumentException("the last day " + lastDay + " is before the day counted " + nominal);
    }
    if (holidaysListed && !policyCalendar) {
      throw new IllegalArgumentException("only a policy's calendar lists holidays");
    }
  }

  /**
   * Moves a counted last day off the rest days of a policy's calendar, or of Monday to Friday
   * when the policy sets none.
   *
   * @param policy the policy, not null
   * @param nominal the last day as counted, not null
   * @return the last day, never null
   */
  public static PeriodLastDay of(GovernancePolicy policy, LocalDate nominal) {
    WorkCalendar calendar = CalendarYears.inForce(policy, nominal).map(ParameterValue::value).orElse(null);
    if (calendar == null) {
      return new PeriodLastDay(nominal, next(WorkCalendar.WEEKDAYS, nominal), false, false);
    }
    LocalDate lastDay = next(calendar, nominal);
    return new PeriodLastDay(nominal, lastDay, true, calendar.lists(nominal) && calendar.lists(lastDay));
  }

  /**
   * Returns the first working day on or after a day.
   *
   * @param calendar the working days, not null
   * @param day the day counted, not null
   * @return {@code day} when it is a working day, else the day after the rest days that follow it
   */
  public static LocalDate next(WorkCalendar calendar, LocalDate day) {
    LocalDate d = day;
    // A calendar lists finitely many holidays: a working weekday comes within them and two weekends.
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Returns whether the counted last day was a rest day, so the last day moved.
   *
   * @return true when {@link #lastDay()} is after {@link #nominal()}
   */
  public boolean moved() {
    return lastDay.isAfter(nominal);
  }

  /**
   * Returns the rule applied to the counted last day, with where the working days came from:
   * the Civil Code's art. 203 from 2021-01-01, the General Principles of the Civil Law before;
   * flagged as a model assumption without the policy's calendar.
   *
   * @return the citation, never null
   */
  public Citation citation() {
    boolean code = !nominal.isBefore(CIVIL_CODE_IN_FORCE);
    String en = (code ? CIVIL_CODE_EN : GPCL_EN) + (!policyCalendar ? CalendarYears.NONE_EN
        : holidaysListed ? CALENDAR_EN : String.format(java.util.Locale.ROOT, UNLISTED_EN, years(false)));
    String zh = (code ? CIVIL_CODE_ZH : GPCL_ZH) + (!policyCalendar ? CalendarYears.NONE_ZH
        : holidaysListed ? CALENDAR_ZH : String.format(java.util.Locale.ROOT, UNLISTED_ZH, years(true)));
    return new Citation(en, zh, !holidaysListed);
  }

  /** The years of the days counted: one year, or every year from the counted day's to the last day's. */
  private String years(boolean zh) {
    int from = nominal.getYear();
    int to = lastDay.getYear();
    if (from == to) {
      return zh ? from + "年" : Integer.toString(from);
    }
    return zh ? from + "年至" + to + "年各年" : "every year from " + from + " to " + to;
  }

  /**
   * Returns a deadline's source with this rule added when it moved the last day, keeping the
   * source's assumption flag (or raising it when Monday to Friday stood in for a calendar).
   *
   * @param source the source of the period, not null
   * @return the source as applied, never null
   */
  public Citation applied(Citation source) {
    if (!moved()) {
      return source;
    }
    Citation rule = citation();
    return new Citation(source.en() + "; the last day moved off a rest day: " + rule.en(),
        source.zh() + "；最后一日为休假日而顺延：" + rule.zh(), source.assumption() || rule.assumption());
  }

  /**
   * Returns the reason explaining the last day: MET when it moved off a rest day (the day
   * counted, the day it moved to, the rest days passed over), NOT_APPLICABLE when the day counted
   * is a working day and stands.
   *
   * @param ruleId the rule id of the area's last-day rule
   * @return the reason, never null
   */
  public Reason reason(String ruleId) {
    Figure calendar = CalendarYears.figure(policyCalendar, holidaysListed);
    if (!moved()) {
      return Reason.noted(ruleId, Outcome.NOT_APPLICABLE, citation(), Figure.date("lastDay", lastDay), calendar);
    }
    return Reason.noted(ruleId, Outcome.MET, citation(), Figure.date("nominal", nominal),
        Figure.date("lastDay", lastDay), Figure.of("restDays", Fraction.of(ChronoUnit.DAYS.between(nominal, lastDay)),
            Unit.DAYS), calendar);
  }
}
