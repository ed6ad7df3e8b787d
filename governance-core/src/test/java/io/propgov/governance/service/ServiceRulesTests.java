package io.propgov.governance.service;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.ServiceFixtures.BASIC_ITEMS;
import static io.propgov.governance.ServiceFixtures.CN_DEFAULT_WITH_SERVICE;
import static io.propgov.governance.ServiceFixtures.levelTwoFigures;
import static io.propgov.governance.ServiceFixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceRulesTests {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final ServiceRules RULES = new ServiceRules(CN_DEFAULT_WITH_SERVICE);

  static Decision<ServiceAssessment> assess(ServiceProfile profile) {
    return RULES.assess("E1", profile, null, AS_OF);
  }

  static Map<String, Fraction> with(String metric, String value) {
    Map<String, Fraction> figures = levelTwoFigures();
    figures.put(metric, Fraction.parse(value));
    return figures;
  }

  @Nested
  class Tiers {

    @Test
    void exactlyOnEveryLevelTwoStandardIsLevelTwo() {
      Decision<ServiceAssessment> d = assess(profile(levelTwoFigures()));
      assertEquals("level-2", d.value().tier());
      assertEquals("level-1", d.value().nextTier());
      assertEquals(ServiceNeed.MEETS_TARGET, d.value().need());
    }

    @Test
    void aHigherIsBetterStandardJustShortDropsATier() {
      assertEquals("level-3", assess(profile(with("hotline-hours", "15.99"))).value().tier());
      assertEquals("level-2", assess(profile(with("hotline-hours", "16"))).value().tier());
    }

    @Test
    void aLowerIsBetterStandardJustOverDropsATier() {
      Decision<ServiceAssessment> d = assess(profile(with("response-minutes", "61")));
      assertEquals("level-3", d.value().tier());
      Reason unmet = d.reason("service.requirement.standard").orElseThrow();
      assertEquals(Comparison.AT_MOST, unmet.comparison());
      assertEquals("61", unmet.figure("measured").orElseThrow().value());
      assertEquals("60", unmet.figure("target").orElseThrow().value());
      assertEquals("level-2", unmet.figure("tier").orElseThrow().value());
      assertEquals("level-2", assess(profile(with("response-minutes", "60"))).value().tier());
    }

    @Test
    void everyUnmetRequirementOfTheNextTierIsListed() {
      Decision<ServiceAssessment> d = assess(profile(levelTwoFigures()));
      // Level 1 asks hotline 24, check 1, patrol 1, response 30 and satisfaction 80%: all five are short.
      List<Reason> unmet = d.reasons().stream().filter(r -> r.ruleId().startsWith("service.requirement")).toList();
      assertEquals(List.of("hotline-hours", "check-interval-days", "patrol-interval-hours", "response-minutes",
          "owner-satisfaction"), unmet.stream().map(r -> r.figure("metric").orElseThrow().value()).toList());
      assertTrue(unmet.stream().allMatch(r -> r.outcome() == Outcome.NOT_MET));
      Reason tier = d.reasons().stream().filter(r -> r.ruleId().equals("service.tier")
          && r.figure("tier").orElseThrow().value().equals("level-1")).findFirst().orElseThrow();
      assertEquals("5", tier.figure("unmet").orElseThrow().value());
    }

    @Test
    void aMissingBasicItemMeansExpand() {
      ServiceProfile profile = new ServiceProfile(new BigDecimal("8000"), BASIC_ITEMS.subList(0, 4), levelTwoFigures());
      Decision<ServiceAssessment> d = assess(profile);
      assertNull(d.value().tier());
      assertEquals("basic", d.value().nextTier());
      assertEquals(ServiceNeed.EXPAND, d.value().need());
      assertEquals("facilities", d.reason("service.requirement.item").orElseThrow().figure("item").orElseThrow().value());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("service.fee").orElseThrow().outcome());
      assertNull(d.value().monthlyFee());
      String en = d.render(Locale.ENGLISH);
      assertTrue(en.contains("EXPAND") && en.contains("facilities"), en);
      assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("需拓面"));
    }

    @Test
    void basicServiceWithoutStandardsIsUpgrade() {
      Decision<ServiceAssessment> d = assess(profile(Map.of()));
      assertEquals("basic", d.value().tier());
      assertEquals(ServiceNeed.UPGRADE, d.value().need());
      assertEquals(3, d.reasons().stream().filter(r -> r.ruleId().equals("service.requirement.unmeasured")).count());
      assertEquals(Outcome.NOT_MET, d.reason("service.target").orElseThrow().outcome());
    }

    @Test
    void theTopTierHasNoNextTier() {
      Map<String, Fraction> top = Map.of("hotline-hours", Fraction.of(24), "check-interval-days", Fraction.of(1),
          "patrol-interval-hours", Fraction.of(1), "response-minutes", Fraction.of(30), "owner-satisfaction",
          Fraction.parse("0.8"));
      Decision<ServiceAssessment> d = assess(profile(top));
      assertEquals("level-1", d.value().tier());
      assertNull(d.value().nextTier());
      assertTrue(d.reasons().stream().noneMatch(r -> r.ruleId().startsWith("service.requirement")));
    }

    @Test
    void theGuideFeeIsTheAreaTimesTheTiersRateToTheFen() {
      ServiceProfile profile = new ServiceProfile(new BigDecimal("12345.67"), BASIC_ITEMS, levelTwoFigures());
      // 12,345.67 m² × 0.75 CNY = 9,259.2525 → 9,259.25
      assertEquals(new BigDecimal("9259.25"), assess(profile).value().monthlyFee());
    }
  }

  @Nested
  class Modes {

    static Map<String, String> inputs(String hardware, String willingness, String size, String selfGovernance) {
      return Map.of("hardware", hardware, "willingness", willingness, "size", size, "self-governance", selfGovernance);
    }

    static ModeChoice choose(Map<String, String> inputs, ServiceMode current) {
      ServiceProfile profile = new ServiceProfile(null, BASIC_ITEMS, Map.of(), inputs, List.of(), null);
      return RULES.assess("E1", profile, current, AS_OF).value().mode();
    }

    @Test
    void eachRowOfJiangansTableAnswers() {
      assertEquals("self-management", choose(inputs("poor", "high", "small", "strong"), null).row());
      assertEquals("market", choose(inputs("good", "high", "large", "strong"), null).row());
      assertEquals("public-welfare", choose(inputs("average", "high", "large", "weak"), null).row());
      assertEquals("public-welfare", choose(inputs("good", "low", "small", "strong"), null).row());
      assertEquals("community-interim", choose(inputs("poor", "low", "large", "weak"), null).row());
      assertEquals(ServiceMode.MARKET, choose(inputs("good", "high", "large", "weak"), null).recommended());
    }

    @Test
    void theCurrentModeIsComparedWithTheRecommendation() {
      ServiceProfile profile = new ServiceProfile(null, BASIC_ITEMS, Map.of(), inputs("good", "high", "large", "weak"),
          List.of(), null);
      assertEquals(Outcome.MET, RULES.assess("E1", profile, ServiceMode.MARKET, AS_OF).reason("service.mode")
          .orElseThrow().outcome());
      Reason differs = RULES.assess("E1", profile, ServiceMode.COMMUNITY_INTERIM, AS_OF).reason("service.mode")
          .orElseThrow();
      assertEquals(Outcome.NOT_MET, differs.outcome());
      String text = differs.text(Locale.ENGLISH);
      assertTrue(text.contains("market company") && text.contains("community interim management"), text);
      assertEquals(Outcome.NOT_APPLICABLE, RULES.assess("E1", profile, null, AS_OF).reason("service.mode")
          .orElseThrow().outcome());
    }

    @Test
    void withoutModeInputsNoModeIsChosen() {
      Decision<ServiceAssessment> d = assess(profile(Map.of()));
      assertNull(d.value().mode());
      assertTrue(d.reason("service.mode").isEmpty());
    }
  }

  @Nested
  class CoManagement {

    static ServiceProfile fengtai() {
      return new ServiceProfile(new BigDecimal("21000"), BASIC_ITEMS, Map.of(), Map.of(),
          List.of("B1", "B2", "B3", "B4"), new CoManagementAgreement("FT", List.of("north", "south"),
              Map.of("B1", "north", "B2", "north", "B3", "south", "B4", "south"),
              Map.of("cleaning", Responsibility.SEPARATE, "greening", Responsibility.JOINT, "order-maintenance",
                  Responsibility.JOINT, "common-repair", Responsibility.SEPARATE, "facilities", Responsibility.JOINT),
              LocalDate.of(2023, 1, 1), 12));
    }

    @Test
    void dutyOnTheLastDayOfTheYearAndTheFirstOfTheNext() {
      DutyStatus dec31 = RULES.assess("FT", fengtai(), null, LocalDate.of(2023, 12, 31)).value().duty();
      DutyStatus jan1 = RULES.assess("FT", fengtai(), null, LocalDate.of(2024, 1, 1)).value().duty();
      assertEquals("north", dec31.onDuty());
      assertEquals(LocalDate.of(2024, 1, 1), dec31.nextHandover());
      assertEquals("south", jan1.onDuty());
      assertEquals("south", jan1.responsible().get("greening").get("B1"));
      assertEquals("north", jan1.responsible().get("cleaning").get("B1"));
      assertEquals("south", jan1.responsible().get("cleaning").get("B4"));
    }

    @Test
    void theTwentyNinthOfFebruaryIsAnOrdinaryDayOfDuty() {
      DutyStatus leap = RULES.assess("FT", fengtai(), null, LocalDate.of(2024, 2, 29)).value().duty();
      assertEquals("south", leap.onDuty());
      assertEquals(LocalDate.of(2025, 1, 1), leap.nextHandover());
    }

    @Test
    void beforeTheRotationStartsNoOneIsOnDuty() {
      Decision<ServiceAssessment> d = RULES.assess("FT", fengtai(), null, LocalDate.of(2022, 12, 31));
      assertNull(d.value().duty());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("service.co-management").orElseThrow().outcome());
    }
  }

  @Nested
  class BadFacts {

    @Test
    void everyProblemIsReportedAtOnceWithItsPointer() {
      Map<String, Fraction> figures = new HashMap<>(levelTwoFigures());
      figures.put("noise", Fraction.of(3));
      figures.put("hotline-hours", Fraction.of(-1));
      ServiceProfile profile = new ServiceProfile(BigDecimal.ZERO, List.of("cleaning", "cleaning", "laundry"), figures,
          Map.of("hardware", "shiny", "colour", "red"), List.of("B1"),
          new CoManagementAgreement("E1", List.of("a"), Map.of("B9", "a"), Map.of(), LocalDate.of(2023, 1, 1), 12));
      List<InputError> errors = Valid.errors(RULES.validate(new ServiceCase("E1", null, profile), "/estates/0", AS_OF));
      assertTrue(errors.stream().map(InputError::pointer).toList().containsAll(List.of(
          "/estates/0/service/area", "/estates/0/service/items/1", "/estates/0/service/items/2",
          "/estates/0/service/measured/noise", "/estates/0/service/measured/hotline-hours",
          "/estates/0/service/modeInputs", "/estates/0/service/modeInputs/hardware",
          "/estates/0/service/modeInputs/colour", "/estates/0/service/coManagement/rotation",
          "/estates/0/service/coManagement/buildings/B9")), errors.toString());
      String message = errors.stream().filter(e -> e.pointer().endsWith("/items/2")).findFirst().orElseThrow().message();
      assertTrue(message.contains("laundry") && message.contains("cleaning, greening"), message);
      assertThrows(InvalidFactsException.class, () -> RULES.assess("E1", profile, null, AS_OF));
    }

    @Test
    void aDateBeforeThePolicyHasServiceRulesIsNamed() {
      List<InputError> errors = Valid.errors(RULES.validate(new ServiceCase("E1", null, profile(Map.of())),
          "/estates/0", LocalDate.of(2017, 6, 1)));
      assertEquals(1, errors.size(), errors.toString());
      assertEquals("no-value-in-force", errors.get(0).code());
      assertTrue(errors.get(0).message().contains("2018-01-01"), errors.get(0).message());
    }
  }
}
