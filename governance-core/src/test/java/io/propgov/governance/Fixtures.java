package io.propgov.governance;

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

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationScheme;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.RequiredMeeting;
import io.propgov.governance.org.MeetingSchedule;
import io.propgov.governance.metrics.MetricsParameters;
import io.propgov.governance.metrics.RateFixtures;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.Scale;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.SpecialMatters;
import io.propgov.governance.vote.VoteRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Test data: the {@code cn-default} policy built in Java with the values and dates of the JSON
 * preset {@code governance-json/.../json/policy/cn-default.json}, and small helpers to make
 * survey rounds, ballots, votes and estates.
 */
public final class Fixtures {

  /** Property Law art. 76 and Property Management Regulation art. 12 apply from this date. */
  public static final LocalDate PROPERTY_LAW = LocalDate.of(2007, 10, 1);
  /** Civil Code art. 278 applies from this date. */
  public static final LocalDate CIVIL_CODE = LocalDate.of(2021, 1, 1);
  /** The satisfaction parameters (Handan 2019, Shanghai Caolu) apply from this date. */
  public static final LocalDate SATISFACTION_FROM = LocalDate.of(2019, 1, 1);

  public static final Citation SCALE_SOURCE = Citation.assumption(
      "Handan (Hanshan district, 2019): the community has the three parties rate the property service; the report gives no scale: a 100-point scale is a model assumption",
      "邯郸市邯山区（2019年）：社区组织三方对物业服务进行测评；资料未给出分制：百分制为本模型假设");
  public static final Citation WEIGHTS_SOURCE = Citation.assumption(
      "Handan (Hanshan district, 2019) tri-party rating: residents, owners' committee and community rate together; the report gives no weights: equal weights are a model assumption",
      "邯郸市邯山区三方测评（2019年）：居民、业委会、社区共同测评；资料未给出权重：权重相等为本模型假设");
  public static final Citation PASS_LINE_SOURCE = Citation.assumption(
      "Handan (Hanshan district, 2019): below the pass line the residents may dismiss the company at any time; the report gives no number: a pass line of 60 on a 100-point scale is a model assumption",
      "邯郸市邯山区（2019年）：测评低于及格线的，居民可随时解聘物业企业；资料未给出分数：百分制下及格线60分为本模型假设");
  public static final Citation QUORUM_SOURCE = new Citation(
      "Shanghai Caolu practice: at least 60% of residents take part in the survey", "上海曹路镇做法：参与测评的居民不少于60%");
  public static final Citation FAILURES_SOURCE = new Citation(
      "Handan (Hanshan district, 2019): a rating below the pass line lets the residents dismiss the company at any time, so one failed rating suffices",
      "邯郸市邯山区（2019年）：测评低于及格线的，居民可随时解聘物业企业，即一次不及格即可");
  public static final Citation INVALID_ROUNDS_SOURCE = Citation.assumption(
      "No source says how a round without quorum counts: that it neither passes nor fails is a model assumption",
      "资料未规定参与率不足的测评如何计算：视为无效、不计入合格或不合格为本模型假设");
  public static final Citation PROPERTY_LAW_76 = new Citation(
      "Property Law art. 76 (in force 2007-10-01 to 2020-12-31), para. 2: every matter but items (5) and (6) needs the consent of owners holding more than half of the total exclusive area and more than half of all owners, with no separate quorum; Property Management Regulation art. 12 (2007 revision, from 2007-10-01) likewise",
      "《物权法》第七十六条第二款（施行期间：2007年10月1日至2020年12月31日）：“决定前款其他事项，应当经专有部分占建筑物总面积过半数的业主且占总人数过半数的业主同意”，未单独规定参与表决的比例；《物业管理条例》第十二条（2007年修订，2007年10月1日起施行）同此");
  public static final Citation CIVIL_CODE_278 = new Citation(
      "Civil Code art. 278 (in force from 2021-01-01): at least two thirds of the area and of the owners take part; more than half of the participating area and owners agree",
      "《民法典》第二百七十八条（2021年1月1日起施行）：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，经参与表决专有部分面积过半数且参与表决人数过半数的业主同意");
  public static final Citation PROPERTY_LAW_76_SPECIAL = new Citation(
      "Property Law art. 76 (in force 2007-10-01 to 2020-12-31), para. 2: items (5) raising and using the maintenance fund and (6) rebuilding need the consent of owners holding at least two thirds of the total exclusive area and at least two thirds of all owners, with no separate quorum; Property Management Regulation art. 12 (2007 revision, from 2007-10-01) likewise",
      "《物权法》第七十六条第二款（施行期间：2007年10月1日至2020年12月31日）：“决定前款第五项和第六项规定的事项，应当经专有部分占建筑物总面积三分之二以上的业主且占总人数三分之二以上的业主同意”，未单独规定参与表决的比例；《物业管理条例》第十二条（2007年修订，2007年10月1日起施行）同此");
  public static final Citation CIVIL_CODE_278_SPECIAL = new Citation(
      "Civil Code art. 278 (in force from 2021-01-01), items 6 to 8: at least two thirds of the area and of the owners take part; at least three quarters of the participating area and owners agree",
      "《民法典》第二百七十八条（2021年1月1日起施行）第六项至第八项：专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意");
  public static final Citation SPECIAL_MATTERS_PRE_2021 = new Citation(
      "Property Law art. 76 (in force 2007-10-01 to 2020-12-31), items (5) \"raising and using the maintenance fund of the building and its ancillary facilities\" and (6) \"rebuilding or reconstructing the building and its ancillary facilities\"",
      "《物权法》第七十六条（施行期间：2007年10月1日至2020年12月31日）第一款第（五）项“筹集和使用建筑物及其附属设施的维修资金”、第（六）项“改建、重建建筑物及其附属设施”");
  public static final Citation SPECIAL_MATTERS_2021 = new Citation(
      "Civil Code art. 278 (in force from 2021-01-01), items (6) raising the maintenance fund, (7) rebuilding or reconstructing, (8) changing the use of common parts or using them for business; using the fund is item (5), an ordinary matter",
      "《民法典》第二百七十八条（2021年1月1日起施行）第一款第（六）项“筹集建筑物及其附属设施的维修资金”、第（七）项“改建、重建建筑物及其附属设施”、第（八）项“改变共有部分的用途或者利用共有部分从事经营活动”；使用维修资金属第（五）项，按一般事项表决");
  /** Before 2021 no law set the notice: the same 60 days is a model assumption. */
  public static final Citation NOTICE_ASSUMED_SOURCE = Citation.assumption(
      "No national law or regulation in force before 2021 set the notice owed to a dismissed property company: the same 60 days as from 2021, unless the contract says otherwise, is a model assumption for earlier votes",
      "本模型假设：2021年以前施行的法律、行政法规未规定解聘物业服务企业应提前通知的期限，本模型对此前的表决同样适用六十日，合同另有约定的除外");
  public static final Citation NOTICE_SOURCE = new Citation(
      "Civil Code art. 946 (in force from 2021-01-01): owners who dismiss the property company give it 60 days' written notice, unless the contract sets another notice period",
      "《民法典》第九百四十六条（2021年1月1日起施行）：决定解聘的，应当提前六十日书面通知物业服务人，但是合同对通知期限另有约定的除外");
  /** A citation for values that tests add to a policy variant. */
  public static final Citation TEST_SOURCE = new Citation("test variant", "测试用变体");

  /** The cn-default policy, as in the JSON preset. */
  public static final GovernancePolicy CN_DEFAULT = cnDefaultWithout().build();

  // ---- organisation hierarchy (the org.* parameters of the preset, Wuhan-style) --------------
  //
  // The dates and sources are the preset's. Two values are narrower or wider than the preset's, on
  // purpose: the calendar holds only National Day 2024 of the preset's 2024-2025 holidays, and the
  // meetings add Handan's quarterly red meeting hall of each community to Wuhan's joint meeting.

  /** The organisation parameters (Wuhan levels, Handan escalation, 2024 calendar) apply from this date. */
  public static final LocalDate ORG_FROM = LocalDate.of(2019, 1, 1);

  public static final Citation LEVELS_SOURCE = Citation.assumption(
      "Wuhan practice, 2017-2021: sub-district, community and estate party organisations; the four-level secretaries' joint meeting joins the sub-district, community and estate party secretaries and the estate's first secretary; the building level is this model's own (model assumption)",
      "武汉做法（2017—2021年）：街道、社区、小区党组织；四级书记联席会议由街道、社区、小区党组织书记和小区“第一书记”组成；楼栋一级为本模型设定（本模型假设）");
  public static final Citation ESCALATION_SOURCE = Citation.assumption(
      "Handan practice: small matters stay in the branch, big matters in the community, hard matters in the sub-district; the report gives no deadlines: the reply deadlines (3 and 7 working days, 15 days) are a model assumption",
      "邯郸做法：小事不出支部，大事不出社区，难事不出街道；资料未给出时限：答复时限（3个、7个工作日，15日）为本模型假设");
  public static final Citation CALENDAR_SOURCE = new Citation(
      "State Council General Office notices on public holidays for 2024, 2025 and 2026 (the last dated 2025-11-04): "
          + "holidays and make-up working days. Only these years are listed: on a day of another year, rules take "
          + "Monday to Friday as working days and say that its public holidays are not known",
      "国务院办公厅关于2024年、2025年、2026年部分节假日安排的通知（最后一份发布于2025年11月4日）：放假与调休上班日期。"
          + "仅列明这三年：其他年份的日期，规则以周一至周五为工作日，并说明该年法定节假日无从得知");
  public static final Citation PARTY_THRESHOLDS_SOURCE = new Citation(
      "Each count includes the number itself (以上): Party Constitution art. 30 and Branch Work Regulations (trial, 2018): 3 or more full members form a branch, fewer than 3 a joint branch (in practice also a party-building instructor); Branch Work Regulations (trial, 2018): a branch of 7 or more full members sets up a branch committee; Party base-organisation work regulations (2019): 50 or more members form a general branch, 100 or more a primary-level committee",
      "人数均含本数（“以上”含本数）：《中国共产党章程》第三十条、《中国共产党支部工作条例（试行）》（2018年）：有正式党员三人以上的，应当成立党支部，不足三人的成立联合党支部（实践中亦选派党建指导员）；《中国共产党支部工作条例（试行）》（2018年）：有正式党员七人以上的党支部，应当设立党支部委员会；党的基层组织工作条例（2019年）：党员五十人以上的，设立党的总支部委员会，一百人以上的，设立党的基层委员会");
  public static final Citation MEETINGS_SOURCE = Citation.assumption(
      "Wuhan four-level secretaries' joint meeting on estate governance, held regularly; the reports give no interval: quarterly is a model assumption",
      "武汉四级书记联席会议，定期召开；资料未给出周期：按季度召开为本模型假设");

  /** Sub-district → community → estate → building, each level's children one level down; one root. */
  public static final LevelTemplate WUHAN_LEVELS = new LevelTemplate(List.of(
      new Level("sub-district", "Sub-district party working committee", "街道党工委", List.of("community")),
      new Level("community", "Community party committee", "社区大党委", List.of("estate")),
      new Level("estate", "Estate party branch", "小区党支部", List.of("building")),
      new Level("building", "Building party group (this model's level)", "楼栋党小组（本模型设定的层级）", List.of())), true, "community");
  /** Small matters stay in the estate branch (3 working days), big in the community (7), hard in the sub-district (15 calendar days). */
  public static final EscalationScheme HANDAN_ESCALATION = new EscalationScheme(List.of(
      new Severity("small", "Small matter", "小事", "estate", 3, DayCount.WORKING),
      new Severity("big", "Big matter", "大事", "community", 7, DayCount.WORKING),
      new Severity("hard", "Hard matter", "难事", "sub-district", 15, DayCount.CALENDAR)), true);
  /** National Day 2024: 1 to 7 October off, Sunday 29 September and Saturday 12 October worked. */
  public static final WorkCalendar CALENDAR_2024 = new WorkCalendar(
      Set.copyOf(LocalDate.of(2024, 10, 1).datesUntil(LocalDate.of(2024, 10, 8)).toList()),
      Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));
  /** Party Constitution art. 30 and the branch and base-organisation regulations: 3, 7, 50 and 100 or more. */
  public static final PartyThresholds PARTY_THRESHOLDS = new PartyThresholds(3, 7, 50, 100);
  /** The four-level secretaries' meeting of each sub-district and the red meeting hall of each community, quarterly. */
  public static final MeetingSchedule MEETING_RULES = new MeetingSchedule(List.of(
      new RequiredMeeting("four-level-secretaries", "Four-level secretaries' joint meeting", "四级书记联席会议",
          "sub-district", 3),
      new RequiredMeeting("red-meeting-hall", "Red meeting hall", "红色议事厅", "community", 3)));

  /** The cn-default policy with the organisation parameters above, from {@link #ORG_FROM}, as in the preset but for the two values noted. */
  public static final GovernancePolicy CN_DEFAULT_WITH_ORG = cnDefaultWithOrgWithout().build();

  public static final PropertyCompany COMPANY = new PropertyCompany("91420100MA4KXXXX1X", "Hongye Property Services");

  private Fixtures() {}

  /**
   * Returns a builder holding the cn-default policy without the given parameters, so that a test
   * can set its own values of them (or leave them out).
   */
  public static GovernancePolicy.Builder cnDefaultWithout(ParameterKey<?>... omitted) {
    Set<ParameterKey<?>> skip = Set.of(omitted);
    Builder b = new Builder(GovernancePolicy.builder().id("cn-default").jurisdiction("CN").version("2026.1")
        .description("Default policy modelled on national law and on published local practice."), skip);
    b.set(SCALE, SATISFACTION_FROM, new Scale(BigDecimal.ZERO, BigDecimal.valueOf(100)), SCALE_SOURCE);
    b.set(GROUP_WEIGHTS, SATISFACTION_FROM, new GroupWeights(Map.of(RespondentGroup.HOUSEHOLD, Fraction.ONE,
        RespondentGroup.OWNERS_COMMITTEE, Fraction.ONE, RespondentGroup.COMMUNITY, Fraction.ONE)), WEIGHTS_SOURCE);
    b.set(PASS_LINE, SATISFACTION_FROM, BigDecimal.valueOf(60), PASS_LINE_SOURCE);
    b.set(QUORUM, SATISFACTION_FROM, Threshold.atLeast(Fraction.parse("60%")), QUORUM_SOURCE);
    b.set(FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1, FAILURES_SOURCE);
    b.set(INVALID_ROUNDS, SATISFACTION_FROM, InvalidRoundHandling.SKIP, INVALID_ROUNDS_SOURCE);
    b.set(ORDINARY_RULE, PROPERTY_LAW, new VoteRequirement(null, null, ApprovalBase.ALL_OWNERS,
        more("1/2"), more("1/2")), PROPERTY_LAW_76);
    b.set(ORDINARY_RULE, CIVIL_CODE, new VoteRequirement(least("2/3"), least("2/3"), ApprovalBase.PARTICIPANTS,
        more("1/2"), more("1/2")), CIVIL_CODE_278);
    b.set(SPECIAL_RULE, PROPERTY_LAW, new VoteRequirement(null, null, ApprovalBase.ALL_OWNERS,
        least("2/3"), least("2/3")), PROPERTY_LAW_76_SPECIAL);
    b.set(SPECIAL_RULE, CIVIL_CODE, new VoteRequirement(least("2/3"), least("2/3"), ApprovalBase.PARTICIPANTS,
        least("3/4"), least("3/4")), CIVIL_CODE_278_SPECIAL);
    b.set(SPECIAL_MATTERS, PROPERTY_LAW, new SpecialMatters(EnumSet.of(Matter.USE_MAINTENANCE_FUND,
        Matter.RAISE_MAINTENANCE_FUND, Matter.REBUILD)), SPECIAL_MATTERS_PRE_2021);
    b.set(SPECIAL_MATTERS, CIVIL_CODE, new SpecialMatters(EnumSet.of(Matter.RAISE_MAINTENANCE_FUND, Matter.REBUILD,
        Matter.CHANGE_COMMON_PART_USE)), SPECIAL_MATTERS_2021);
    b.set(DISMISSAL_NOTICE_DAYS, PROPERTY_LAW, 60, NOTICE_ASSUMED_SOURCE);
    b.set(DISMISSAL_NOTICE_DAYS, CIVIL_CODE, 60, NOTICE_SOURCE);
    return b.target;
  }

  /** The cn-default policy with one parameter's timeline replaced by a single value from its first date on. */
  public static <T> GovernancePolicy cnDefaultWith(ParameterKey<T> key, T value) {
    return cnDefaultWithout(key).set(key, firstDate(key), value, TEST_SOURCE).build();
  }

  /**
   * Returns a builder holding {@link #CN_DEFAULT_WITH_ORG} without the given parameters (of any
   * rule area), so that a test can set its own values of them (or leave them out).
   */
  public static GovernancePolicy.Builder cnDefaultWithOrgWithout(ParameterKey<?>... omitted) {
    Builder b = new Builder(cnDefaultWithout(omitted), Set.of(omitted));
    b.set(OrgParameters.LEVELS, ORG_FROM, WUHAN_LEVELS, LEVELS_SOURCE);
    b.set(OrgParameters.ESCALATION, ORG_FROM, HANDAN_ESCALATION, ESCALATION_SOURCE);
    b.set(OrgParameters.CALENDAR, ORG_FROM, CALENDAR_2024, CALENDAR_SOURCE);
    b.set(OrgParameters.PARTY_THRESHOLDS, ORG_FROM, PARTY_THRESHOLDS, PARTY_THRESHOLDS_SOURCE);
    b.set(OrgParameters.MEETINGS, ORG_FROM, MEETING_RULES, MEETINGS_SOURCE);
    b.set(MetricsParameters.RATES, ORG_FROM, RateFixtures.SIX, RateFixtures.VALUE_SOURCE);
    return b.target;
  }

  /** {@link #CN_DEFAULT_WITH_ORG} with one organisation parameter replaced by a single value from {@link #ORG_FROM}. */
  public static <T> GovernancePolicy cnDefaultWithOrgWith(ParameterKey<T> key, T value) {
    return cnDefaultWithOrgWithout(key).set(key, ORG_FROM, value, TEST_SOURCE).build();
  }

  private static LocalDate firstDate(ParameterKey<?> key) {
    return CN_DEFAULT.timeline(key).orElseThrow().firstEffective();
  }

  private static Threshold least(String share) {
    return Threshold.atLeast(Fraction.parse(share));
  }

  private static Threshold more(String share) {
    return Threshold.moreThan(Fraction.parse(share));
  }

  private record Builder(GovernancePolicy.Builder target, Set<ParameterKey<?>> skip) {
    <T> void set(ParameterKey<T> key, LocalDate from, T value, Citation source) {
      if (!skip.contains(key)) {
        target.set(key, from, value, source);
      }
    }
  }

  // ---- satisfaction -------------------------------------------------------------------------

  /** {@code n} household answers of one score, respondents {@code h1..hn}. */
  public static List<SurveyAnswer> households(int n, String score) {
    return answers("h", RespondentGroup.HOUSEHOLD, n, score);
  }

  /** {@code n} owners' committee answers of one score, respondents {@code oc1..ocn}. */
  public static List<SurveyAnswer> committee(int n, String score) {
    return answers("oc", RespondentGroup.OWNERS_COMMITTEE, n, score);
  }

  /** {@code n} community answers of one score, respondents {@code c1..cn}. */
  public static List<SurveyAnswer> community(int n, String score) {
    return answers("c", RespondentGroup.COMMUNITY, n, score);
  }

  /** One answer. */
  public static SurveyAnswer answer(String respondent, RespondentGroup group, String score) {
    return new SurveyAnswer(respondent, group, new BigDecimal(score));
  }

  private static List<SurveyAnswer> answers(String prefix, RespondentGroup group, int n, String score) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> answer(prefix + i, group, score)).toList();
  }

  /** A round of the given answer lists, concatenated. */
  @SafeVarargs
  public static SurveyRound round(String id, LocalDate date, int households, List<SurveyAnswer>... answers) {
    return new SurveyRound(id, date, households, Stream.of(answers).flatMap(List::stream).toList());
  }

  /** A round where {@code answered} of {@code households} households all give {@code score}. */
  public static SurveyRound round(String id, LocalDate date, int households, int answered, String score) {
    return round(id, date, households, households(answered, score));
  }

  /** A valid round (10 of 10 households) that passes (score 80). */
  public static SurveyRound passed(String id, LocalDate date) {
    return round(id, date, 10, 10, "80");
  }

  /** A valid round (10 of 10 households) that fails (score 40). */
  public static SurveyRound failed(String id, LocalDate date) {
    return round(id, date, 10, 10, "40");
  }

  /** An invalid round: 5 of 10 households answered, below the 60% quorum. */
  public static SurveyRound invalid(String id, LocalDate date) {
    return round(id, date, 10, 5, "40");
  }

  // ---- votes --------------------------------------------------------------------------------

  /** One ballot. */
  public static Ballot ballot(String owner, String area, BallotChoice choice) {
    return new Ballot(owner, new BigDecimal(area), choice);
  }

  /** {@code n} ballots of one area and choice, owners {@code prefix1..prefixn}. */
  public static List<Ballot> ballots(String prefix, int n, String area, BallotChoice choice) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> ballot(prefix + i, area, choice)).toList();
  }

  /** A vote with no notice clause in the contract; the ballot lists are concatenated. */
  @SafeVarargs
  public static OwnersVote vote(String id, Matter matter, LocalDate date, int totalOwners, String totalArea,
      List<Ballot>... ballots) {
    return vote(id, matter, date, totalOwners, totalArea, null, ballots);
  }

  /** A vote whose contract sets its own notice period ({@code null} for none). */
  @SafeVarargs
  public static OwnersVote vote(String id, Matter matter, LocalDate date, int totalOwners, String totalArea,
      Integer contractNoticeDays, List<Ballot>... ballots) {
    return new OwnersVote(id, matter, date, totalOwners, new BigDecimal(totalArea),
        Stream.of(ballots).flatMap(List::stream).toList(), contractNoticeDays);
  }

  /** A clear vote: of 30 owners with 100 m² each, 20 vote for and 4 against (quorum 80%, approval 5/6). */
  public static OwnersVote clearVote(String id, Matter matter, LocalDate date) {
    return vote(id, matter, date, 30, "3000", ballots("f", 20, "100", BallotChoice.FOR),
        ballots("a", 4, "100", BallotChoice.AGAINST));
  }

  // ---- estates ------------------------------------------------------------------------------

  /** An estate served by {@link #COMPANY}. */
  public static Estate estate(String id, List<SurveyRound> rounds, List<OwnersVote> votes) {
    return new Estate(id, "Estate " + id, COMPANY, new ArrayList<>(rounds), new ArrayList<>(votes));
  }

  // ---- organisation trees ---------------------------------------------------------------------

  /**
   * A sub-district with two communities, three estates and a building: the tree the hierarchy
   * report tests and the sample decisions share.
   */
  public static final List<OrgUnit> SAMPLE_TREE = List.of(
      unit("sd", "sub-district", null),
      unit("c1", "community", "sd", "wang", "li"),
      unit("e1", "estate", "c1"),
      unit("b1", "building", "e1"),
      unit("e2", "estate", "c1"),
      unit("c2", "community", "sd", "zhao"),
      unit("e3", "estate", "c2"));

  /** A unit without secretary or members. */
  public static OrgUnit unit(String id, String level, String parentId) {
    return new OrgUnit(id, level, parentId, "Unit " + id, null, List.of());
  }

  /** A unit whose committee has the given members. */
  public static OrgUnit unit(String id, String level, String parentId, String... members) {
    return new OrgUnit(id, level, parentId, "Unit " + id, null, List.of(members));
  }

  /** Shorthand for {@code LocalDate.parse}. */
  public static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
