package io.propgov.governance.bench;

import static io.propgov.governance.satisfaction.SatisfactionParameters.FAILURES_FOR_DISMISSAL;
import static io.propgov.governance.satisfaction.SatisfactionParameters.GROUP_WEIGHTS;
import static io.propgov.governance.satisfaction.SatisfactionParameters.INVALID_ROUNDS;
import static io.propgov.governance.satisfaction.SatisfactionParameters.PASS_LINE;
import static io.propgov.governance.satisfaction.SatisfactionParameters.QUORUM;
import static io.propgov.governance.satisfaction.SatisfactionParameters.SCALE;
import static io.propgov.governance.vote.VoteParameters.DISMISSAL_NOTICE_DAYS;
import static io.propgov.governance.vote.VoteParameters.ORDINARY_RULE;
import static io.propgov.governance.vote.VoteParameters.SPECIAL_MATTERS;
import static io.propgov.governance.vote.VoteParameters.SPECIAL_RULE;

import io.propgov.governance.explain.Citation;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationRules;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.MeetingRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.Scale;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.SpecialMatters;
import io.propgov.governance.vote.VoteRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy the benchmarks judge with: the satisfaction and vote parameters of the
 * {@code cn-default} policy (same values and dates as the core's test fixture and the JSON
 * preset) plus the five organisation parameters of a Wuhan-style four-level hierarchy.
 */
public final class BenchPolicy {

  /** Property Law art. 76 and Property Management Regulation art. 12 apply from this date. */
  public static final LocalDate PROPERTY_LAW = LocalDate.of(2007, 10, 1);
  /** Civil Code art. 278 applies from this date. */
  public static final LocalDate CIVIL_CODE = LocalDate.of(2021, 1, 1);
  /** The satisfaction parameters (Handan 2019, Shanghai Caolu) apply from this date. */
  public static final LocalDate SATISFACTION_FROM = LocalDate.of(2019, 1, 1);
  /** The organisation parameters apply from this date (Wuhan's red property work began in 2017). */
  public static final LocalDate ORG_FROM = LocalDate.of(2017, 1, 1);

  /** The level codes, highest first. */
  public static final String SUB_DISTRICT = "sub-district";
  /** The community level, whose members "two-way entry" looks for. */
  public static final String COMMUNITY = "community";
  /** The estate level, where estates are attached. */
  public static final String ESTATE = "estate";
  /** The building level, the lowest. */
  public static final String BUILDING = "building";

  /** Wuhan-style levels: sub-district → community → estate → building; one root; community level "community". */
  public static final LevelTemplate LEVELS = new LevelTemplate(List.of(
      new Level(SUB_DISTRICT, "sub-district party working committee", "街道党工委", List.of(COMMUNITY)),
      new Level(COMMUNITY, "community party committee", "社区党委", List.of(ESTATE)),
      new Level(ESTATE, "estate party organisation", "小区党组织", List.of(BUILDING)),
      new Level(BUILDING, "building party group", "楼栋党小组", List.of())), true, COMMUNITY);

  /** Party Constitution art. 30 and practice: 3 / 7 / 50 / 100. */
  public static final PartyThresholds THRESHOLDS = new PartyThresholds(3, 7, 50, 100);

  private static final Citation SCALE_SOURCE = new Citation(
      "Handan property service satisfaction rating, 2019 (100-point scale)", "邯郸市物业服务满意度测评制度（2019年，百分制）");
  private static final Citation WEIGHTS_SOURCE = new Citation(
      "Handan tri-party rating, 2019: residents, owners' committee and community rate together (equal weights assumed by this model)",
      "邯郸市三方测评（2019年）：居民、业委会、社区共同测评（本模型假定权重相等）");
  private static final Citation PASS_LINE_SOURCE = new Citation(
      "Handan satisfaction rating system, 2019: below the pass line the owners may dismiss the company",
      "邯郸市物业服务满意度测评制度（2019年）：低于及格线可随时解聘");
  private static final Citation QUORUM_SOURCE = new Citation(
      "Shanghai Caolu practice: at least 60% of residents take part in the survey", "上海曹路镇做法：参与测评的居民不少于60%");
  private static final Citation FAILURES_SOURCE = new Citation(
      "Handan satisfaction rating system, 2019: one failed rating lets the owners dismiss the company",
      "邯郸市物业服务满意度测评制度（2019年）：一次测评不及格即可启动解聘");
  private static final Citation INVALID_ROUNDS_SOURCE = new Citation(
      "Model rule of this policy: a round without quorum neither passes nor fails", "本政策模型规则：参与率不足的测评视为无效，不计入合格或不合格");
  private static final Citation PROPERTY_LAW_76 = new Citation(
      "Property Law art. 76 and Property Management Regulation 2018 art. 12: more than half of the total exclusive area and of all owners",
      "《物权法》第七十六条、《物业管理条例》（2018年）第十二条：专有部分占建筑物总面积过半数且占总人数过半数的业主同意");
  private static final Citation CIVIL_CODE_278 = new Citation(
      "Civil Code art. 278: at least two thirds of the area and of the owners take part; more than half of the participating area and owners agree",
      "《民法典》第二百七十八条：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，经参与表决专有部分面积过半数且参与表决人数过半数的业主同意");
  private static final Citation PROPERTY_LAW_76_SPECIAL = new Citation(
      "Property Law art. 76: raising the maintenance fund and rebuilding need two thirds of the total exclusive area and of all owners",
      "《物权法》第七十六条：筹集维修资金、改建重建须经专有部分占建筑物总面积三分之二以上且占总人数三分之二以上的业主同意");
  private static final Citation CIVIL_CODE_278_SPECIAL = new Citation(
      "Civil Code art. 278, items 6 to 8: at least three quarters of the participating area and owners agree",
      "《民法典》第二百七十八条第六项至第八项：经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意");
  private static final Citation SPECIAL_MATTERS_PRE_2021 = new Citation("Property Law art. 76", "《物权法》第七十六条");
  private static final Citation SPECIAL_MATTERS_2021 = new Citation(
      "Civil Code art. 278, items 6 to 8", "《民法典》第二百七十八条第六项至第八项");
  private static final Citation NOTICE_SOURCE = new Citation(
      "Civil Code art. 946: 60 days' written notice unless the contract says otherwise (this model applies the same period to earlier votes)",
      "《民法典》第九百四十六条：除合同另有约定外，提前六十日书面通知（本模型对此前的表决适用同一期限）");
  private static final Citation LEVELS_SOURCE = new Citation(
      "Wuhan four-level secretaries: sub-district, community, estate party organisation, building (benchmark shape)",
      "武汉四级书记：街道、社区、小区党组织、楼栋（基准测试用结构）");
  private static final Citation ESCALATION_SOURCE = new Citation(
      "Handan: small matters stay in the branch, big matters in the community, hard matters in the sub-district (deadlines illustrative)",
      "邯郸：小事不出支部，大事不出社区，难事不出街道（期限为示例）");
  private static final Citation CALENDAR_SOURCE = new Citation(
      "Benchmark calendar: no holidays, no make-up working days", "基准测试日历：无节假日，无调休");
  private static final Citation THRESHOLDS_SOURCE = new Citation(
      "Party Constitution art. 30 and practice: 3 members form a branch; more than 7 a committee, 50 a general branch, 100 a primary-level committee",
      "《中国共产党章程》第三十条及实践：正式党员三人以上成立支部；超过七人设支委会，超过五十人设总支，超过一百人设基层党委");
  private static final Citation MEETINGS_SOURCE = new Citation(
      "Benchmark policy: no regular meetings required", "基准测试政策：不要求定期会议");

  /** The policy (declared after the citations it uses: static fields initialise in order). */
  public static final GovernancePolicy POLICY = build();

  private BenchPolicy() {}

  private static GovernancePolicy build() {
    GovernancePolicy.Builder b = GovernancePolicy.builder().id("bench-wuhan").jurisdiction("CN").version("bench")
        .description("cn-default satisfaction and vote parameters with a Wuhan-style four-level hierarchy, for benchmarks.");
    b.set(SCALE, SATISFACTION_FROM, new Scale(BigDecimal.ZERO, BigDecimal.valueOf(100)), SCALE_SOURCE);
    b.set(GROUP_WEIGHTS, SATISFACTION_FROM, new GroupWeights(Map.of(RespondentGroup.HOUSEHOLD, Fraction.ONE,
        RespondentGroup.OWNERS_COMMITTEE, Fraction.ONE, RespondentGroup.COMMUNITY, Fraction.ONE)), WEIGHTS_SOURCE);
    b.set(PASS_LINE, SATISFACTION_FROM, BigDecimal.valueOf(60), PASS_LINE_SOURCE);
    b.set(QUORUM, SATISFACTION_FROM, Threshold.atLeast(Fraction.parse("60%")), QUORUM_SOURCE);
    b.set(FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1, FAILURES_SOURCE);
    b.set(INVALID_ROUNDS, SATISFACTION_FROM, InvalidRoundHandling.SKIP, INVALID_ROUNDS_SOURCE);
    b.set(ORDINARY_RULE, PROPERTY_LAW, new VoteRule(null, null, ApprovalBase.ALL_OWNERS,
        more("1/2"), more("1/2")), PROPERTY_LAW_76);
    b.set(ORDINARY_RULE, CIVIL_CODE, new VoteRule(least("2/3"), least("2/3"), ApprovalBase.PARTICIPANTS,
        more("1/2"), more("1/2")), CIVIL_CODE_278);
    b.set(SPECIAL_RULE, PROPERTY_LAW, new VoteRule(null, null, ApprovalBase.ALL_OWNERS,
        least("2/3"), least("2/3")), PROPERTY_LAW_76_SPECIAL);
    b.set(SPECIAL_RULE, CIVIL_CODE, new VoteRule(least("2/3"), least("2/3"), ApprovalBase.PARTICIPANTS,
        least("3/4"), least("3/4")), CIVIL_CODE_278_SPECIAL);
    b.set(SPECIAL_MATTERS, PROPERTY_LAW, new SpecialMatters(EnumSet.of(Matter.RAISE_MAINTENANCE_FUND, Matter.REBUILD)),
        SPECIAL_MATTERS_PRE_2021);
    b.set(SPECIAL_MATTERS, CIVIL_CODE, new SpecialMatters(EnumSet.of(Matter.RAISE_MAINTENANCE_FUND, Matter.REBUILD,
        Matter.CHANGE_COMMON_PART_USE)), SPECIAL_MATTERS_2021);
    b.set(DISMISSAL_NOTICE_DAYS, PROPERTY_LAW, 60, NOTICE_SOURCE);

    b.set(OrgParameters.LEVELS, ORG_FROM, LEVELS, LEVELS_SOURCE);
    b.set(OrgParameters.ESCALATION, ORG_FROM, new EscalationRules(List.of(
        new Severity("small", "small matter", "小事", ESTATE, 3, DayCount.WORKING),
        new Severity("big", "big matter", "大事", COMMUNITY, 7, DayCount.WORKING),
        new Severity("hard", "hard matter", "难事", SUB_DISTRICT, 15, DayCount.WORKING)), true), ESCALATION_SOURCE);
    b.set(OrgParameters.CALENDAR, ORG_FROM, new WorkCalendar(Set.of(), Set.of()), CALENDAR_SOURCE);
    b.set(OrgParameters.PARTY_THRESHOLDS, ORG_FROM, THRESHOLDS, THRESHOLDS_SOURCE);
    b.set(OrgParameters.MEETINGS, ORG_FROM, new MeetingRules(List.of()), MEETINGS_SOURCE);
    return b.build();
  }

  private static Threshold least(String share) {
    return Threshold.atLeast(Fraction.parse(share));
  }

  private static Threshold more(String share) {
    return Threshold.moreThan(Fraction.parse(share));
  }
}
