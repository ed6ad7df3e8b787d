package io.propgov.governance.metrics;

import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.service.ServiceMode;
import java.util.List;

/** The six rates the bundled presets define ({@code metrics.rates}), built in Java as the presets write them. */
public final class RateFixtures {

  /** Wuhan's four city targets. */
  public static final Citation WUHAN = new Citation(
      "Wuhan city targets: stabilise coverage, widen participation, raise fee collection, raise satisfaction",
      "武汉市目标：稳定覆盖率，扩大参与率，提高收费率，提升满意率");

  /** The source of the presets' metrics.rates value as a whole. */
  public static final Citation VALUE_SOURCE = new Citation("The city rates each unit reports, each citing its own"
      + " source: Wuhan's city targets (coverage, participation, fee collection, satisfaction), Wuhan's goal of"
      + " professional coverage (2021) and Chuxiong's committee coverage (2023)",
      "各单位统计的比率，各自注明出处：武汉市目标（覆盖率、参与率、收费率、满意率）、武汉市专业化覆盖目标（2021年）及楚雄业委会（物委会）覆盖情况（2023年）");

  /** Coverage by any management mode. */
  public static final RateDefinition COVERAGE = new RateDefinition("COVERAGE", new Label("coverage", "覆盖率"),
      Measure.COVERED_ESTATES, Measure.ESTATES, null, WUHAN);

  /** Professional coverage: market companies. */
  public static final RateDefinition PROFESSIONAL = new RateDefinition("PROFESSIONAL_COVERAGE",
      new Label("professional", "专业化覆盖率"), Measure.ESTATES_IN_MODES, Measure.ESTATES, List.of(ServiceMode.MARKET),
      new Citation("Wuhan goal: full professional coverage of old estates in 5 years (2021); professional means a"
          + " market company took the estate over",
          "武汉市目标：5年内（2021年）实现老旧小区专业化物业服务全覆盖；专业化指市场化物业企业接管"));

  /** Chuxiong's committee coverage. */
  public static final RateDefinition COMMITTEES = new RateDefinition("COMMITTEE_COVERAGE",
      new Label("committees", "业委会（物委会）覆盖率"), Measure.ESTATES_WITH_COMMITTEE, Measure.ESTATES, null,
      new Citation("Chuxiong, 2023: 311 owners' committees and 427 property management committees for 738 estates",
          "楚雄（2023年）：738个小区成立业主委员会311个、物业管理委员会427个"));

  /** Participation. */
  public static final RateDefinition PARTICIPATION = new RateDefinition("PARTICIPATION",
      new Label("participation", "参与率"), Measure.PARTICIPATING_HOUSEHOLDS, Measure.HOUSEHOLDS, null, WUHAN);

  /** Fee collection. */
  public static final RateDefinition FEES = new RateDefinition("FEE_COLLECTION", new Label("fees", "收费率"),
      Measure.FEES_COLLECTED, Measure.FEES_BILLED, null, WUHAN);

  /** The share of estates rated satisfactory, a model assumption. */
  public static final RateDefinition RATED = new RateDefinition("RATED_SATISFACTORY",
      new Label("rated satisfactory", "测评达标小区占比"), Measure.ESTATES_RATED_PASSED, Measure.RATED_ESTATES, null,
      Citation.assumption("Wuhan target \"raise satisfaction\"; the published satisfaction rate is the share of"
          + " satisfied respondents: counting estates whose latest valid rating passed is a model assumption",
          "武汉市目标“提升满意率”；公开发布的满意率为满意受访者占比：按最近一次有效测评达标的小区计数为本模型假设"));

  /** The six, in the presets' order. */
  public static final RateDefinitions SIX = new RateDefinitions(
      List.of(COVERAGE, PROFESSIONAL, COMMITTEES, PARTICIPATION, FEES, RATED));

  private RateFixtures() {}
}
