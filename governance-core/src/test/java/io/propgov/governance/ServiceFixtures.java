package io.propgov.governance;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.DecisionTable;
import io.propgov.governance.service.HitPolicy;
import io.propgov.governance.service.MetricDirection;
import io.propgov.governance.service.ServiceCatalogue;
import io.propgov.governance.service.ServiceItem;
import io.propgov.governance.service.ServiceMetric;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.service.ServiceStandard;
import io.propgov.governance.service.ServiceTier;
import io.propgov.governance.service.TableInput;
import io.propgov.governance.service.TableRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service parameters of the cn-default preset, as in its JSON: the five guarantees as the
 * basic tier and the China Property Management Association's three levels above it, with one
 * city's fee guide; Wuhan Jiang'an's mode rules as a FIRST-hit table; level 3 as the target.
 */
public final class ServiceFixtures {

  /** The service parameters apply from this date. */
  public static final LocalDate SERVICE_FROM = LocalDate.of(2018, 1, 1);

  /** The five basic items (Wuhan's five guarantees). */
  public static final List<String> BASIC_ITEMS = List.of("cleaning", "greening", "order-maintenance", "common-repair",
      "facilities");

  public static final Citation CATALOGUE_SOURCE = Citation.assumption(
      "CPMA service level standard for ordinary residential estates (2004): levels 1 to 3 (hotline 24 / 16 / 8 hours, checks daily / every 3 days / weekly, patrols every 1 / 2 / 3 hours, response in 30 / 60 minutes, level 1 with at least 80% satisfied) above Wuhan's five guarantees (2018) as the basic tier; one city's fee guide (1.00 / 0.75 / 0.45 / 0.35 CNY per m2 a month) with its fourth level as the basic tier's fee, a model assumption",
      "中国物业管理协会《普通住宅小区物业服务等级标准》（2004年）一至三级（热线24/16/8小时，公共部位每日/每3日/每周巡查，重点区域每1/2/3小时巡逻，30/60分钟到场，一级年度满意率不低于80%），以武汉“五保”（2018年）为基础服务；收费参照某市指导价（每月每平方米1.00/0.75/0.45/0.35元），以其第四档作基础服务收费为本模型假设");
  public static final Citation TARGET_SOURCE = Citation.assumption(
      "Wuhan's aim of professional service for old estates (2018, 2021); the reports name no level: level 3 as the target is a model assumption",
      "武汉老旧小区专业化服务目标（2018年、2021年）；资料未指明等级：以三级为目标为本模型假设");
  public static final Citation MODE_SOURCE = Citation.assumption(
      "Wuhan Jiang'an's rules for choosing a management mode: good hardware and high willingness to pay, a market company; average hardware, a public-welfare company; a small estate with a good self-governance base and strong willingness to pay, party-member-led self-management; sending good hardware with low willingness to a public-welfare company and the last row (community interim management) are a model assumption",
      "武汉江岸区分类选择管理模式：硬件好、缴费意愿强的引入市场化物业；硬件一般的由公益性物业托管；规模小、自治基础好、缴费意愿强的由党员骨干带头自管；硬件好而缴费意愿弱的交公益性物业托管及末行（社区代管）为本模型假设");

  public static final ServiceCatalogue CATALOGUE = new ServiceCatalogue(List.of(
      item("cleaning", true), item("greening", true), item("order-maintenance", true), item("common-repair", true),
      item("facilities", true), item("home-services", false), item("appliance-repair", false)),
      List.of(metric("response-minutes", MetricDirection.LOWER_IS_BETTER),
          metric("hotline-hours", MetricDirection.HIGHER_IS_BETTER),
          metric("check-interval-days", MetricDirection.LOWER_IS_BETTER),
          metric("patrol-interval-hours", MetricDirection.LOWER_IS_BETTER),
          metric("owner-satisfaction", MetricDirection.HIGHER_IS_BETTER)),
      List.of(
          tier("basic", List.of(), "0.35"),
          tier("level-3", List.of(std("hotline-hours", "8"), std("check-interval-days", "7"),
              std("patrol-interval-hours", "3")), "0.45"),
          tier("level-2", List.of(std("hotline-hours", "16"), std("check-interval-days", "3"),
              std("patrol-interval-hours", "2"), std("response-minutes", "60")), "0.75"),
          tier("level-1", List.of(std("hotline-hours", "24"), std("check-interval-days", "1"),
              std("patrol-interval-hours", "1"), std("response-minutes", "30"), std("owner-satisfaction", "80%")), "1.00")));

  public static final DecisionTable JIANGAN_MODES = new DecisionTable(List.of(
      new TableInput("hardware", "hardware condition", "硬件条件", List.of("good", "average", "poor")),
      new TableInput("willingness", "willingness to pay", "缴费意愿", List.of("high", "low")),
      new TableInput("size", "estate size", "小区规模", List.of("small", "large")),
      new TableInput("self-governance", "self-governance base", "自治基础", List.of("strong", "weak"))),
      List.of(
          new TableRow("self-management", Map.of("size", Set.of("small"), "self-governance", Set.of("strong"),
              "willingness", Set.of("high")), "SELF_MANAGED"),
          new TableRow("market", Map.of("hardware", Set.of("good"), "willingness", Set.of("high")), "MARKET"),
          new TableRow("public-welfare", Map.of("hardware", Set.of("good", "average")), "PUBLIC_WELFARE"),
          new TableRow("community-interim", Map.of(), "COMMUNITY_INTERIM")),
      HitPolicy.FIRST);

  /** Wuhan's management modes and an estate without service, as the bundled presets define them. */
  public static final io.propgov.governance.service.ServiceModes MODES = new io.propgov.governance.service.ServiceModes(
      List.of(mode("MARKET", "market company", "市场化物业企业"),
          mode("PUBLIC_WELFARE", "public-welfare company", "公益性物业企业"),
          mode("SELF_MANAGED", "owners' self-management", "业主自管"),
          mode("COMMUNITY_INTERIM", "community interim management", "社区代管"),
          mode("NONE", "no property service", "无物业服务")));

  /** The source of {@link #MODES}, as the presets give it. */
  public static final Citation MODES_SOURCE = new Citation("Wuhan's management modes: market takeover (市场接管),"
      + " public-welfare trusteeship (公益托管), owner self-management (业主自管), community interim management (社区代管);"
      + " and an estate without property service: modelled on published practice",
      "武汉市物业管理模式：市场接管、公益托管、业主自管、社区代管；以及无物业服务的小区：参照已公布的做法");

  private static io.propgov.governance.service.ServiceMode mode(String id, String en, String zh) {
    return io.propgov.governance.service.ServiceMode.define(id, new io.propgov.governance.explain.Label(en, zh));
  }

  /** The cn-default policy with its organisation and service parameters. */
  public static final GovernancePolicy CN_DEFAULT_WITH_SERVICE = withService(Fixtures.cnDefaultWithOrgWithout())
      .build();

  private ServiceFixtures() {}

  /** Adds the preset's service parameters to a policy builder. */
  public static GovernancePolicy.Builder withService(GovernancePolicy.Builder builder) {
    return builder.set(ServiceParameters.CATALOGUE, SERVICE_FROM, CATALOGUE, CATALOGUE_SOURCE)
        .set(ServiceParameters.TARGET_TIER, SERVICE_FROM, "level-3", TARGET_SOURCE)
        .set(ServiceParameters.MODE_TABLE, SERVICE_FROM, JIANGAN_MODES, MODE_SOURCE)
        .set(ServiceParameters.MODES, SERVICE_FROM, MODES, MODES_SOURCE);
  }

  /** The figures of a level-2 estate: exactly on every level-2 standard. */
  public static Map<String, Fraction> levelTwoFigures() {
    Map<String, Fraction> figures = new HashMap<>();
    figures.put("hotline-hours", Fraction.of(16));
    figures.put("check-interval-days", Fraction.of(3));
    figures.put("patrol-interval-hours", Fraction.of(2));
    figures.put("response-minutes", Fraction.of(60));
    figures.put("owner-satisfaction", Fraction.parse("75%"));
    return figures;
  }

  /** An estate's service: the five basic items and the given figures, 10,000 m². */
  public static ServiceProfile profile(Map<String, Fraction> figures) {
    return new ServiceProfile(new BigDecimal("10000"), BASIC_ITEMS, figures);
  }

  private static ServiceItem item(String code, boolean basic) {
    return new ServiceItem(code, new Label(code, code + "（中文）"), basic);
  }

  private static ServiceMetric metric(String code, MetricDirection better) {
    return new ServiceMetric(code, new Label(code, code + "（中文）"), new Label("units", "单位"), better);
  }

  private static ServiceStandard std(String metric, String target) {
    return new ServiceStandard(metric, Fraction.parse(target));
  }

  private static ServiceTier tier(String code, List<ServiceStandard> standards, String fee) {
    return new ServiceTier(code, new Label(code, code + "（中文）"), BASIC_ITEMS, standards, new BigDecimal(fee));
  }
}
