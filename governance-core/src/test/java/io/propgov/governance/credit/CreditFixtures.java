package io.propgov.governance.credit;

import io.propgov.governance.Fixtures;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data: the credit and arrears parameters of the {@code yantai} preset (Yantai 2022 scores
 * and grades, Wuhan's party-building factor, the national arrears ladder), on top of cn-default.
 */
public final class CreditFixtures {

  /** The credit parameters apply from this date. */
  public static final LocalDate CREDIT_FROM = LocalDate.of(2020, 1, 1);
  public static final Citation SOURCE = new Citation("Yantai property company credit rules, 2022 (model)",
      "烟台市物业服务企业信用管理办法（2022年，模型）");
  public static final Citation CIVIL_CODE_188 = new Citation("Civil Code arts. 188 and 195: 3 years, interrupted by a"
      + " demand that reaches the debtor, the debtor agreeing to pay, or proceedings",
      "《民法典》第一百八十八条、第一百九十五条：三年，履行请求到达义务人、义务人同意履行或提起诉讼、申请仲裁的中断");
  public static final Citation SPC_ART_2 = new Citation("SPC provisions on publishing the list of dishonest judgment"
      + " debtors (2017) art. 2: grounds (2) to (6) list for 2 years; ground (1) until payment",
      "《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第二条");
  public static final Citation SPC_ART_10 = new Citation("SPC provisions on publishing the list of dishonest judgment"
      + " debtors (2017) art. 10: removed within 3 working days of payment in full",
      "《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第十条");
  public static final Citation BEIJING_39 = new Citation(
      "Beijing Property Management Regulations (2024 revision) art. 39: a candidate for the owners' committee must not be"
          + " a listed dishonest judgment debtor",
      "《北京市物业管理条例》（2024年修订）第三十九条：业主委员会委员候选人不得为失信被执行人");
  public static final Citation CIVIL_CODE_944 = new Citation(
      "Civil Code art. 944 (in force from 2021-01-01; this test fixture applies it from 2020): no cutting of water,"
          + " power, heating or gas to force payment",
      "《民法典》第九百四十四条（2021年1月1日起施行；本测试数据自2020年起适用）：不得采取停止供电、供水、供热、供燃气等方式催交物业费");

  public static final CreditCatalogue CATALOGUE = new CreditCatalogue(List.of(
      type("basic", CreditEventKind.BASIC, "80"),
      type("award-city", CreditEventKind.GOOD, "10"),
      type("award-province", CreditEventKind.GOOD, "20"),
      type("party-organisation", CreditEventKind.PARTY_BUILDING, "5"),
      type("complaint", CreditEventKind.BAD, "2"),
      type("rectification", CreditEventKind.BAD, "5"),
      type("serious", CreditEventKind.SERIOUS, "20")));
  public static final ScoreFormula FORMULA = new ScoreFormula(BigDecimal.ZERO, Map.of(CreditEventKind.BASIC,
      new BigDecimal("80"), CreditEventKind.GOOD, new BigDecimal("40"), CreditEventKind.PARTY_BUILDING, BigDecimal.TEN));
  public static final GradeBands GRADES = new GradeBands(List.of(band("AAA", "85"), band("AA", "80"), band("A", "70"),
      band("B", "60"), band("C", null)));
  public static final BlacklistTerms BLACKLIST = new BlacklistTerms(3, 24, 12, true);
  public static final ConsequenceTable CONSEQUENCES = new ConsequenceTable(List.of(
      new ConsequenceTrigger(Consequence.BARRED_FROM_BIDDING, Set.of(), true),
      new ConsequenceTrigger(Consequence.BARRED_FROM_AWARDS, Set.of("C"), true),
      new ConsequenceTrigger(Consequence.BARRED_FROM_SUBSIDIES, Set.of("C"), true),
      new ConsequenceTrigger(Consequence.MORE_INSPECTIONS, Set.of("C"), true),
      new ConsequenceTrigger(Consequence.PRIORITY_FOR_FUNDS, Set.of("AAA", "AA", "A"), false),
      new ConsequenceTrigger(Consequence.BIDDING_BONUS, Set.of("AAA", "AA", "A"), false),
      new ConsequenceTrigger(Consequence.FEWER_INSPECTIONS, Set.of("AAA", "AA", "A"), false),
      new ConsequenceTrigger(Consequence.RED_LIST, Set.of("AAA"), false)));
  public static final ArrearsLadder LADDER = new ArrearsLadder(List.of(
      new LadderStep(ArrearsAction.REMINDER, 1),
      new LadderStep(ArrearsAction.PUBLIC_NOTICE, 30),
      new LadderStep(ArrearsAction.MEDIATION, 15),
      new LadderStep(ArrearsAction.LAWSUIT, 30),
      new LadderStep(ArrearsAction.JUDGMENT, 0),
      new LadderStep(ArrearsAction.CONSUMPTION_RESTRICTION, 15),
      new LadderStep(ArrearsAction.DISHONEST_DEBTOR_LIST, 0)));
  public static final ForbiddenActions FORBIDDEN = new ForbiddenActions(Set.of(ArrearsAction.CUT_WATER,
      ArrearsAction.CUT_POWER, ArrearsAction.CUT_HEATING, ArrearsAction.CUT_GAS));
  /** The actions the national policy defines, with their effects on the limitation period. */
  public static final ArrearsActions ACTIONS = new ArrearsActions(List.of(
      action("REMINDER", "a reminder with a deadline", "书面催告（限期缴纳）", LimitationEffect.DEMAND),
      action("PUBLIC_NOTICE", "a public notice in the estate", "在小区内公示", LimitationEffect.DEMAND),
      action("MEDIATION", "mediation", "调解", LimitationEffect.PROCEEDINGS),
      action("LAWSUIT", "a lawsuit or court payment order", "起诉或申请支付令", LimitationEffect.PROCEEDINGS),
      action("JUDGMENT", "a judgment", "判决", LimitationEffect.ENFORCEMENT),
      action("CONSUMPTION_RESTRICTION", "a consumption restriction order", "限制消费令", LimitationEffect.PROCEEDINGS),
      action("DISHONEST_DEBTOR_LIST", "the dishonest-debtor list", "失信被执行人名单", LimitationEffect.PROCEEDINGS),
      action("CUT_WATER", "cutting the water", "停水", LimitationEffect.NONE),
      action("CUT_POWER", "cutting the power", "停电", LimitationEffect.NONE),
      action("CUT_HEATING", "cutting the heating", "停暖", LimitationEffect.NONE),
      action("CUT_GAS", "cutting the gas", "停气", LimitationEffect.NONE)));
  /** The consequences the city presets define, rewards marked favourable. */
  public static final ConsequenceTypes CONSEQUENCE_TYPES = new ConsequenceTypes(List.of(
      consequence("BARRED_FROM_BIDDING", "Barred from bidding", "限制参加招投标", false),
      consequence("BARRED_FROM_AWARDS", "Barred from awards", "限制参加评优评先", false),
      consequence("BARRED_FROM_SUBSIDIES", "Barred from subsidies and funds", "限制享受补贴和政府资金", false),
      consequence("MORE_INSPECTIONS", "More inspections", "加大检查频次", false),
      consequence("PRIORITY_FOR_FUNDS", "Priority for government funds and awards", "优先安排政府资金和评优", true),
      consequence("BIDDING_BONUS", "Bidding bonus", "招投标加分", true),
      consequence("FEWER_INSPECTIONS", "Fewer inspections", "减少检查频次", true),
      consequence("RED_LIST", "On the red list", "列入红名单", true)));

  /** cn-default with the credit parameters. */
  public static final GovernancePolicy YANTAI = yantaiWithout().build();

  private CreditFixtures() {}

  /** A builder holding {@link #YANTAI} without the given credit parameters. */
  public static GovernancePolicy.Builder yantaiWithout(ParameterKey<?>... omitted) {
    GovernancePolicy.Builder b = Fixtures.cnDefaultWithout();
    Set<ParameterKey<?>> skip = Set.of(omitted);
    set(b, skip, CreditParameters.EVENTS, CATALOGUE, SOURCE);
    set(b, skip, CreditParameters.SCORE, FORMULA, SOURCE);
    set(b, skip, CreditParameters.GRADES, GRADES, SOURCE);
    set(b, skip, CreditParameters.CYCLE_MONTHS, 12, SOURCE);
    set(b, skip, CreditParameters.BLACKLIST, BLACKLIST, SOURCE);
    set(b, skip, CreditParameters.CONSEQUENCES, CONSEQUENCES, SOURCE);
    set(b, skip, CreditParameters.LADDER, LADDER, SOURCE);
    set(b, skip, CreditParameters.LIMITATION_YEARS, 3, CIVIL_CODE_188);
    set(b, skip, CreditParameters.ENFORCEMENT_YEARS, 2, SOURCE);
    set(b, skip, CreditParameters.DISHONEST_MONTHS, 24, SPC_ART_2);
    set(b, skip, CreditParameters.REMOVAL_WORKING_DAYS, 3, SPC_ART_10);
    set(b, skip, CreditParameters.FORBIDDEN, FORBIDDEN, CIVIL_CODE_944);
    set(b, skip, CreditParameters.COMMITTEE_BAR, true, BEIJING_39);
    set(b, skip, CreditParameters.ACTIONS, ACTIONS, SOURCE);
    set(b, skip, CreditParameters.CONSEQUENCE_TYPES, CONSEQUENCE_TYPES, SOURCE);
    return b;
  }

  /** {@link #YANTAI} with one credit parameter replaced by a single value. */
  public static <T> GovernancePolicy yantaiWith(ParameterKey<T> key, T value) {
    return yantaiWithout(key).set(key, CREDIT_FROM, value, Fixtures.TEST_SOURCE).build();
  }

  private static <T> void set(GovernancePolicy.Builder b, Set<ParameterKey<?>> skip, ParameterKey<T> key, T value,
      Citation source) {
    if (!skip.contains(key)) {
      b.set(key, CREDIT_FROM, value, source);
    }
  }

  private static CreditEventType type(String code, CreditEventKind kind, String points) {
    return new CreditEventType(code, "Event " + code, "事件" + code, kind, new BigDecimal(points), 12);
  }

  /** An action as a policy defines it. */
  public static ArrearsAction action(String id, String en, String zh, LimitationEffect effect) {
    return ArrearsAction.define(id, new io.propgov.governance.explain.Label(en, zh), effect);
  }

  private static Consequence consequence(String id, String en, String zh, boolean favourable) {
    return Consequence.define(id, new io.propgov.governance.explain.Label(en, zh), favourable);
  }

  private static GradeBand band(String code, String atLeast) {
    return new GradeBand(code, "Grade " + code, code + "级", atLeast == null ? null : new BigDecimal(atLeast));
  }

  /** An event with the catalogue's points. */
  public static CreditEvent event(String id, String code, String date) {
    return new CreditEvent(id, code, LocalDate.parse(date));
  }

  /** A basic assessment scoring {@code points}. */
  public static CreditEvent basic(String id, String date, String points) {
    return new CreditEvent(id, "basic", LocalDate.parse(date), new BigDecimal(points), null);
  }

  /** A serious violation, corrected on {@code corrected} (null: not corrected). */
  public static CreditEvent serious(String id, String date, String corrected) {
    return new CreditEvent(id, "serious", LocalDate.parse(date), null,
        corrected == null ? null : LocalDate.parse(corrected));
  }

  /** A company record. */
  public static CompanyRecord company(String id, CreditEvent... events) {
    return new CompanyRecord(id, "Company " + id, List.of(events));
  }
}
