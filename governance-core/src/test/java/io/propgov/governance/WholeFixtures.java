package io.propgov.governance;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.CreditFixtures;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.Programmes;
import io.propgov.governance.subsidy.SubsidyFixtures;
import io.propgov.governance.subsidy.SubsidyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A policy that judges every rule area, and estates with facts for each, for the whole-estate assessment. */
public final class WholeFixtures {

  /** cn-default with its organisation and service parameters, Yantai-style credit, Caolu's programme and work orders. */
  public static final GovernancePolicy ALL_AREAS = all();

  public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private WholeFixtures() {}

  private static GovernancePolicy all() {
    GovernancePolicy.Builder b = ServiceFixtures.withService(Fixtures.cnDefaultWithOrgWithout());
    LocalDate from = CreditFixtures.CREDIT_FROM;
    Citation source = CreditFixtures.SOURCE;
    b.set(CreditParameters.EVENTS, from, CreditFixtures.CATALOGUE, source)
        .set(CreditParameters.SCORE, from, CreditFixtures.FORMULA, source)
        .set(CreditParameters.GRADES, from, CreditFixtures.GRADES, source)
        .set(CreditParameters.CYCLE_MONTHS, from, 12, source)
        .set(CreditParameters.BLACKLIST, from, CreditFixtures.BLACKLIST, source)
        .set(CreditParameters.CONSEQUENCES, from, CreditFixtures.CONSEQUENCES, source)
        .set(CreditParameters.LADDER, from, CreditFixtures.LADDER, source)
        .set(CreditParameters.LIMITATION_YEARS, from, 3, CreditFixtures.CIVIL_CODE_188)
        .set(CreditParameters.ENFORCEMENT_YEARS, from, 2, source)
        .set(CreditParameters.DISHONEST_MONTHS, from, 24, source)
        .set(CreditParameters.REMOVAL_WORKING_DAYS, from, 3, source)
        .set(CreditParameters.FORBIDDEN, from, CreditFixtures.FORBIDDEN, CreditFixtures.CIVIL_CODE_944)
        .set(CreditParameters.ACTIONS, from, CreditFixtures.ACTIONS, source)
        .set(CreditParameters.CONSEQUENCE_TYPES, from, CreditFixtures.CONSEQUENCE_TYPES, source);
    b.set(SubsidyParameters.PROGRAMMES, LocalDate.of(2023, 1, 1), new Programmes(List.of(SubsidyFixtures.CAOLU)),
        SubsidyFixtures.SOURCE);
    io.propgov.governance.workorder.WorkOrderFixtures.with(b,
        io.propgov.governance.workorder.ResolutionBasis.CALLER_CONFIRMED, "complaint");
    return b.build();
  }

  /** Company K1 with a branch of five members. */
  public static PropertyCompany k1() {
    return new PropertyCompany("K1", "K1 Property Co.", new PartyStatus(5, PartyForm.BRANCH, false, false), null, null);
  }

  /** An estate of K1 in unit u, with one passed round and the five basic items. */
  public static Estate estate(String id, String unit) {
    return new Estate(id, "Estate " + id, k1(), List.of(Fixtures.passed("2024-H2", LocalDate.of(2024, 12, 1))), List.of(), unit,
        10, ServiceMode.MARKET, new FeeAccount(new BigDecimal("10000"), new BigDecimal("7000")), null,
        ServiceFixtures.profile(ServiceFixtures.levelTwoFigures()));
  }

  /** K1's credit record: a basic score of 80 for 2024. */
  public static CompanyRecord cleanK1() {
    return new CompanyRecord("K1", "K1 Property Co.", List.of(new CreditEvent("b24", "basic", LocalDate.of(2024, 1, 15))));
  }

  /** K1's credit record with a serious violation in 2024: listed, so barred from subsidies. */
  public static CompanyRecord listedK1() {
    return new CompanyRecord("K1", "K1 Property Co.", List.of(new CreditEvent("b24", "basic", LocalDate.of(2024, 1, 15)),
        new CreditEvent("s24", "serious", LocalDate.of(2024, 5, 1))));
  }

  /** A Caolu application of K1 for an estate, with no credit standing of its own. */
  public static Application application(String id, String estateId) {
    Application a = SubsidyFixtures.caoluApp(id, "7000");
    return new Application(id, a.programmeId(), a.companyId(), estateId, a.filed(), a.builtYear(), a.floorArea(),
        a.fees(), a.inspectionPoints(), a.incidents(), null);
  }
}
