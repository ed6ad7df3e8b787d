package io.propgov.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Valid;
import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsActions;
import io.propgov.governance.credit.ArrearsAssessment;
import io.propgov.governance.credit.ArrearsLadder;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.ConsequenceTrigger;
import io.propgov.governance.credit.ConsequenceTable;
import io.propgov.governance.credit.CreditFixtures;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.ForbiddenActions;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.LadderStep;
import io.propgov.governance.credit.LimitationEffect;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.PolicyRegistry;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceModes;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.subsidy.Criterion;
import io.propgov.governance.subsidy.Programme;
import io.propgov.governance.subsidy.SubsidyFixtures;
import io.propgov.governance.subsidy.SubsidyRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The lists a policy defines (arrears actions, credit consequences, service modes): an id nobody
 * defined is an input error at its pointer listing the defined ids, in the policy and in the facts;
 * a child policy adds to its parent's list; explanations name each entry as the policy does.
 */
class DefinedListsTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final Label VISIT = new Label("a visit by a volunteer old party member", "老党员上门劝缴");

  /** The national actions and Hanshan's visit, which is a demand. */
  private static final ArrearsActions WITH_VISIT = new ArrearsActions(List.of(ArrearsAction.define(
      "PARTY_MEMBER_VISIT", VISIT, LimitationEffect.DEMAND))).over(CreditFixtures.ACTIONS);

  /** Yantai's policy with {@link #WITH_VISIT} defined and a ladder whose first step is the visit. */
  private static GovernancePolicy visitFirst() {
    return CreditFixtures.yantaiWithout(CreditParameters.LADDER, CreditParameters.ACTIONS)
        .set(CreditParameters.ACTIONS, CreditFixtures.CREDIT_FROM, WITH_VISIT, Fixtures.TEST_SOURCE)
        .set(CreditParameters.LADDER, CreditFixtures.CREDIT_FROM, new ArrearsLadder(List.of(
            new LadderStep(ArrearsAction.of("PARTY_MEMBER_VISIT"), 1), new LadderStep(ArrearsAction.LAWSUIT, 30))),
            Fixtures.TEST_SOURCE).build();
  }

  private static InputError only(List<InputError> errors) {
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  private static List<MonthlyArrears> january() {
    return List.of(new MonthlyArrears(YearMonth.of(2024, 1), new BigDecimal("200.00")));
  }

  @Nested
  class InThePolicy {

    @Test
    void aLadderStepNamingAnUndefinedActionIsReportedWithTheDefinedIds() {
      InputError e = only(GovernanceEngine.check(CreditFixtures.yantaiWith(CreditParameters.LADDER,
          new ArrearsLadder(List.of(new LadderStep(ArrearsAction.REMINDER, 1),
              new LadderStep(ArrearsAction.of("PARTY_MEMBER_VISIT"), 30))))));

      assertEquals("/parameters/arrears.ladder/0/value/1/action", e.pointer());
      assertEquals("enum", e.code());
      assertTrue(e.message().contains("'PARTY_MEMBER_VISIT' is not defined by arrears.actions"), e.message());
      assertTrue(e.message().contains("REMINDER, PUBLIC_NOTICE, MEDIATION"), e.message());
    }

    @Test
    void theSameStepIsLegalOnceTheListDefinesIt() {
      GovernancePolicy policy = visitFirst();

      assertEquals(List.of(), GovernanceEngine.check(policy));
    }

    @Test
    void anUndefinedForbiddenActionIsReported() {
      InputError e = only(GovernanceEngine.check(CreditFixtures.yantaiWith(CreditParameters.FORBIDDEN,
          new ForbiddenActions(Set.of(ArrearsAction.of("CUT_TELEPHONE"))))));

      assertEquals("/parameters/arrears.forbidden-actions/0/value/0", e.pointer());
      assertTrue(e.message().contains("CUT_WATER"), e.message());
    }

    @Test
    void anUndefinedConsequenceIsReportedWithTheDefinedIds() {
      InputError e = only(GovernanceEngine.check(CreditFixtures.yantaiWith(CreditParameters.CONSEQUENCES,
          new ConsequenceTable(List.of(new ConsequenceTrigger(Consequence.of("NAMED_AND_SHAMED"), Set.of(), true))))));

      assertEquals("/parameters/credit.consequences/0/value/0/consequence", e.pointer());
      assertTrue(e.message().contains("BARRED_FROM_BIDDING, BARRED_FROM_AWARDS"), e.message());
    }

    @Test
    void creditRulesWithoutTheirListsNameTheMissingLists() {
      List<InputError> errors = GovernanceEngine.check(CreditFixtures.yantaiWithout(CreditParameters.ACTIONS,
          CreditParameters.CONSEQUENCE_TYPES).build());

      assertEquals(List.of("/parameters/arrears.actions", "/parameters/credit.consequence-types"),
          errors.stream().map(InputError::pointer).toList());
    }

    @Test
    void aModeTableRowGivingAModeTheListLacksOrNoneIsReported() {
      ServiceModes some = new ServiceModes(List.of(ServiceMode.define("MARKET", new Label("market", "市场化")),
          ServiceMode.define("NONE", new Label("none", "无"))));
      List<InputError> errors = ServiceRules.check(Fixtures.cnDefaultWithout()
          .set(ServiceParameters.CATALOGUE, ServiceFixtures.SERVICE_FROM, ServiceFixtures.CATALOGUE, Fixtures.TEST_SOURCE)
          .set(ServiceParameters.TARGET_TIER, ServiceFixtures.SERVICE_FROM, "level-3", Fixtures.TEST_SOURCE)
          .set(ServiceParameters.MODE_TABLE, ServiceFixtures.SERVICE_FROM, ServiceFixtures.JIANGAN_MODES,
              Fixtures.TEST_SOURCE)
          .set(ServiceParameters.MODES, ServiceFixtures.SERVICE_FROM, some, Fixtures.TEST_SOURCE).build());

      assertFalse(errors.isEmpty());
      for (InputError e : errors) {
        assertTrue(e.pointer().matches("/parameters/service\\.mode-table/0/value/rows/\\d+/outcome"), e.pointer());
        // NONE is the mode of an estate without service: no row may give it, so only MARKET is legal.
        assertTrue(e.message().endsWith("the defined ids are MARKET"), e.message());
      }
    }

    @Test
    void aSubsidyCriterionNamingAnUndefinedConsequenceIsReported() {
      Programme caolu = SubsidyFixtures.CAOLU;
      Programme barred = new Programme(caolu.id(), caolu.name(), caolu.opens(), caolu.closes(), caolu.budget(),
          List.of(new Criterion.NotBarred(List.of("BARRED_FROM_SUBSIDIES", "NAMED_AND_SHAMED"))), caolu.scoring(),
          caolu.payoutBands(), caolu.base(), caolu.allocation(), caolu.tieBreak());
      GovernancePolicy policy = SubsidyFixtures.policy(barred);

      InputError e = only(SubsidyRules.check(policy));
      assertEquals("/parameters/subsidy.programmes/0/value/0/criteria/0/barredBy/1", e.pointer());
      assertThrows(InvalidPolicyException.class, () -> new SubsidyRules(policy));
    }
  }

  @Nested
  class InTheFacts {

    @Test
    void aStepOrPlannedActionThePolicyDoesNotDefineIsReportedAtItsPointer() {
      Household household = new Household("H1", "", january(),
          List.of(new StepTaken(ArrearsAction.of("PARTY_MEMBER_VISIT"), LocalDate.of(2024, 2, 1))),
          List.of(ArrearsAction.of("PARTY_MEMBER_VISIT")), false);

      List<InputError> errors = Valid.errors(GovernanceEngine.create(CreditFixtures.YANTAI).arrears().validate(
          household, "/households/0", LocalDate.of(2024, 12, 31)));
      assertEquals(List.of("/households/0/steps/0/action", "/households/0/planned/0"),
          errors.stream().map(InputError::pointer).toList());
      assertTrue(errors.get(1).message().contains("the defined ids are REMINDER"), errors.get(1).message());
    }

    @Test
    void anEstatesModeThePolicyDoesNotDefineIsReportedAtItsPointer() {
      ServiceRules rules = new ServiceRules(ServiceFixtures.CN_DEFAULT_WITH_SERVICE);

      InputError e = only(rules.validateMode(ServiceMode.of("OUTSOURCED"), "/estates/3/serviceMode", AS_OF));
      assertEquals("/estates/3/serviceMode", e.pointer());
      assertTrue(e.message().contains("MARKET, PUBLIC_WELFARE, SELF_MANAGED, COMMUNITY_INTERIM, NONE"), e.message());
      assertEquals(List.of(), rules.validateMode(ServiceMode.NONE, "/estates/3/serviceMode", AS_OF));
      assertEquals(List.of(), rules.validateMode(null, "/estates/3/serviceMode", AS_OF));
    }
  }

  @Nested
  class Layering {

    private GovernancePolicy level(String id, ArrearsActions actions, LocalDate from) {
      return GovernancePolicy.builder().id(id).jurisdiction("CN").version("1").description("level " + id)
          .set(CreditParameters.ACTIONS, from, actions, new Citation("source of " + id, id + "的来源")).build();
    }

    @Test
    void aChildAddsItsActionAfterTheNationalOnesAndMayRenameOne() {
      ArrearsAction renamed = ArrearsAction.define("REMINDER", new Label("a written reminder", "书面催缴"),
          LimitationEffect.DEMAND);
      PolicyRegistry registry = PolicyRegistry.of(List.of(PolicyLayer.of(level("nation", CreditFixtures.ACTIONS,
          LocalDate.of(2017, 10, 1)))));
      PolicyLayer city = new PolicyLayer(level("city", new ArrearsActions(List.of(
          ArrearsAction.define("PARTY_MEMBER_VISIT", VISIT, LimitationEffect.DEMAND), renamed)),
          LocalDate.of(2021, 1, 1)), "nation", List.of());

      GovernancePolicy resolved = registry.resolve(city).policy();

      ArrearsActions before = resolved.valueAt(CreditParameters.ACTIONS, LocalDate.of(2020, 12, 31)).value();
      ArrearsActions after = resolved.valueAt(CreditParameters.ACTIONS, LocalDate.of(2021, 1, 1)).value();
      assertEquals(CreditFixtures.ACTIONS, before);
      List<String> ids = new java.util.ArrayList<>(CreditFixtures.ACTIONS.ids());
      ids.add("PARTY_MEMBER_VISIT");
      assertEquals(ids, after.ids());
      assertEquals("书面催缴", after.find(ArrearsAction.REMINDER).label().zh());
      assertEquals(VISIT, after.find(ArrearsAction.of("PARTY_MEMBER_VISIT")).label());
      assertNull(before.find(ArrearsAction.of("PARTY_MEMBER_VISIT")));
    }
  }

  @Nested
  class Explanations {

    @Test
    void theNextStepIsNamedAsThePolicyNamesItInBothLanguages() {
      GovernancePolicy policy = visitFirst();

      Decision<ArrearsAssessment> d = GovernanceEngine.create(policy).arrears().assess(new Household("H1", "",
          january(), List.of(), List.of(ArrearsAction.of("PARTY_MEMBER_VISIT")), false), AS_OF);

      assertEquals(VISIT, d.value().nextStep().label());
      String zh = d.render(Locale.SIMPLIFIED_CHINESE);
      assertTrue(zh.contains("老党员上门劝缴"), zh);
      assertFalse(zh.contains("PARTY_MEMBER_VISIT"), zh);
      assertTrue(d.render(Locale.ENGLISH).contains("a visit by a volunteer old party member"));
    }
  }
}
