package io.propgov.governance.service;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The service rules of one policy: which tier an estate's service meets, what the next tier
 * still asks, whether coverage must be expanded or quality upgraded, the guide fee, the
 * management mode the policy's table gives, and who answers for what in a co-managed estate.
 * Immutable and thread-safe; every method is a pure function of the policy and its arguments.
 *
 * @since 0.1.0
 */
public final class ServiceRules extends AbstractRuleArea<ServiceCase, ServiceAssessment> {

  /** The source of the co-management rules: the agreement itself, on Beijing Fengtai's model. */
  static final Citation AGREEMENT = new Citation(
      "The co-management agreement of the estate (modelled on Beijing Fengtai's tri-party agreement, 2023)",
      "小区共管协议（参照北京丰台三方协议，2023年）");

  /** The area's id. */
  public static final String AREA = "service";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Creates the rules of a policy.
   *
   * @param policy a policy that passes {@link #check}, not null
   * @throws IllegalArgumentException when it does not
   */
  public ServiceRules(GovernancePolicy policy) {
    super(AREA, ServiceParameters.ALL);
    this.policy = Objects.requireNonNull(policy, "policy");
    List<InputError> errors = check(policy);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("policy " + policy.id() + " cannot judge service: " + errors);
    }
  }

  /**
   * Returns whether a policy sets any service parameter; a policy sets all or none.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, ServiceParameters.ALL);
  }

  /**
   * Checks a policy's service parameters, all at once: every one is set; each catalogue is a
   * consistent ladder of tiers ({@link ServiceCatalogue#check()}); each mode table covers every
   * combination of inputs, has no overlapping rows under the UNIQUE hit policy
   * ({@link DecisionTable#check()}) and gives only management modes; the target is a tier of the
   * catalogue in force with it.
   *
   * @param policy the policy, not null
   * @return every error found, with JSON Pointers into the policy document
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return ServicePolicyCheck.run(policy);
  }

  /**
   * Validates an estate's service facts: its profile under {@code pointer + "/service"} (no
   * profile, unknown items or metrics, negative figures, missing or unknown mode inputs, an area
   * that is not positive, an incomplete co-management agreement, or a date on which the policy has
   * no service values) and its current mode at {@code pointer + "/serviceMode"} (a mode the policy
   * does not define).
   *
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the estate in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<ServiceCase>> validate(ServiceCase facts, String pointer, LocalDate asOf) {
    Problems problems = new Problems();
    String at = pointer + "/service";
    if (facts.profile() == null) {
      problems.add(at, "required", "estate " + facts.estateId() + " has no service facts to judge");
    } else {
      FieldSink fields = new FieldSink();
      ServiceFields.service(facts.profile(), at, fields);
      List<InputError> fieldErrors = fields.sorted();
      fieldErrors.forEach(problems::add);
      // The area stands alone; any other field error keeps the profile from being checked further.
      boolean deeper = fieldErrors.stream().allMatch(e -> e.pointer().equals(at + "/area"));
      if (deeper && PolicyChecks.inForce(policy, ServiceParameters.ALL, asOf, at, problems)) {
        new ProfileCheck(catalogue(asOf).value(), table(asOf).value(), problems, at).run(facts.profile());
      }
    }
    validateMode(facts.currentMode(), pointer + "/serviceMode", asOf).forEach(problems::add);
    return problems.orValid(() -> issuer.issue(facts));
  }

  /**
   * Returns the problem with an estate's management mode, located at {@code pointer}: a mode the
   * policy's {@code service.modes} in force on the date does not define, listing those it does.
   *
   * @param mode the mode, or null when not known (no problem)
   * @param pointer the JSON Pointer of the mode in the caller's document
   * @param asOf the date of the decision, not null
   * @return the errors, empty when the mode is defined or not given
   * @since 0.2.0
   */
  public List<InputError> validateMode(ServiceMode mode, String pointer, LocalDate asOf) {
    Problems problems = new Problems();
    if (mode == null || !PolicyChecks.inForce(policy, List.of(ServiceParameters.MODES), asOf, pointer, problems)) {
      return problems.errors();
    }
    ServiceModes modes = policy.valueAt(ServiceParameters.MODES, asOf).value();
    problems.check(modes.find(mode) != null, pointer, "enum", ConstraintMessages.en("enum.undefined", "what",
        "service mode", "id", mode, "list", ServiceParameters.MODES.id(), "date", asOf, "ids",
        String.join(", ", modes.ids())));
    return problems.errors();
  }

  /**
   * Assesses an estate's service as of a date: validates, then decides.
   *
   * @param estateId the estate, not null
   * @param profile what it receives, not null
   * @param current how it is run now, or null when not known
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws InvalidFactsException listing every problem with the profile
   */
  public Decision<ServiceAssessment> assess(String estateId, ServiceProfile profile, ServiceMode current,
      LocalDate asOf) {
    Valid<ServiceCase> valid = Valid.orThrow(validate(new ServiceCase(estateId, current, profile), "", asOf));
    return decide(valid, asOf);
  }

  @Override
  public Decision<ServiceAssessment> decide(Valid<ServiceCase> facts, LocalDate asOf) {
    ServiceCase service = issuer.open(facts);
    String estateId = service.estateId();
    ServiceProfile profile = service.profile();
    ServiceMode current = service.currentMode();
    ParameterValue<ServiceCatalogue> catalogue = catalogue(asOf);
    ParameterValue<String> target = policy.valueAt(ServiceParameters.TARGET_TIER, asOf);
    TierLadder ladder = new TierLadder(catalogue.value(), catalogue.source());
    List<Reason> reasons = new ArrayList<>();
    int met = ladder.highestMet(profile, reasons);
    List<ServiceTier> tiers = catalogue.value().tiers();
    int targetRank = catalogue.value().rank(target.value());
    ServiceNeed need = met < 0 ? ServiceNeed.EXPAND : met < targetRank ? ServiceNeed.UPGRADE : ServiceNeed.MEETS_TARGET;
    reasons.add(Reason.noted(ServiceRuleIds.TARGET, Outcome.of(need == ServiceNeed.MEETS_TARGET), target.source(),
        met < 0 ? Figure.term("tier", "no-tier") : Figure.text("tier", tiers.get(met).code()),
        met < 0 ? Figure.term("tierZh", "no-tier") : TierLadder.zh("tier", tiers.get(met).code(), tiers.get(met).name()),
        Figure.text("target", target.value()), TierLadder.zh("target", target.value(), tiers.get(targetRank).name())));
    BigDecimal fee = fee(profile, met < 0 ? null : tiers.get(met), catalogue.source(), reasons);
    ModeChoice mode = new ModeSelector(table(asOf), policy.valueAt(ServiceParameters.MODES, asOf).value())
        .choose(profile, current, reasons);
    DutyStatus duty = duty(profile, asOf, reasons);
    ServiceTier tier = met < 0 ? null : tiers.get(met);
    ServiceTier next = met + 1 < tiers.size() ? tiers.get(met + 1) : null;
    ServiceAssessment assessment = new ServiceAssessment(estateId, tier == null ? null : tier.code(),
        tier == null ? null : tier.name(), next == null ? null : next.code(), target.value(),
        tiers.get(targetRank).name(), need, fee, mode, duty);
    return new Decision<>(assessment, reasons, policy.ref(), asOf);
  }

  /**
   * Returns only what an estate needs, without explanations: the fast path for counts over many
   * estates. Gives the same need as {@link #decide}.
   *
   * @param facts facts this area validated, not null
   * @param asOf the date, not null
   * @return the need, never null
   */
  public ServiceNeed need(Valid<ServiceCase> facts, LocalDate asOf) {
    ServiceProfile profile = issuer.open(facts).profile();
    ServiceCatalogue catalogue = catalogue(asOf).value();
    int met = new TierLadder(catalogue, null).highestMet(profile, null);
    int targetRank = catalogue.rank(policy.valueAt(ServiceParameters.TARGET_TIER, asOf).value());
    return met < 0 ? ServiceNeed.EXPAND : met < targetRank ? ServiceNeed.UPGRADE : ServiceNeed.MEETS_TARGET;
  }

  private ParameterValue<ServiceCatalogue> catalogue(LocalDate asOf) {
    return policy.valueAt(ServiceParameters.CATALOGUE, asOf);
  }

  private ParameterValue<DecisionTable> table(LocalDate asOf) {
    return policy.valueAt(ServiceParameters.MODE_TABLE, asOf);
  }

  /** The guide fee for the area at the tier met: area × fee per m², to the fen. */
  private static BigDecimal fee(ServiceProfile profile, ServiceTier tier, Citation source, List<Reason> reasons) {
    if (tier == null || profile.area() == null) {
      reasons.add(Reason.noted(ServiceRuleIds.FEE, Outcome.NOT_APPLICABLE, source));
      return null;
    }
    BigDecimal fee = profile.area().multiply(tier.monthlyFee()).setScale(2, RoundingMode.HALF_UP);
    reasons.add(Reason.noted(ServiceRuleIds.FEE, Outcome.MET, source,
        Figure.of("area", Fraction.of(profile.area()), Unit.SQUARE_METRES),
        Figure.of("rate", Fraction.of(tier.monthlyFee()), Unit.CNY), Figure.text("tier", tier.code()),
        TierLadder.zh("tier", tier.code(), tier.name()), Figure.of("fee", Fraction.of(fee), Unit.CNY)));
    return fee;
  }

  /** Who is on duty and answers for each item in each building, when co-managed. */
  private static DutyStatus duty(ServiceProfile profile, LocalDate asOf, List<Reason> reasons) {
    CoManagementAgreement agreement = profile.coManagement();
    if (agreement == null) {
      return null;
    }
    if (asOf.isBefore(agreement.rotationStart())) {
      reasons.add(Reason.noted(ServiceRuleIds.CO_MANAGEMENT, Outcome.NOT_APPLICABLE, AGREEMENT,
          Figure.date("start", agreement.rotationStart())));
      return null;
    }
    Map<String, Map<String, String>> responsible = new java.util.TreeMap<>();
    Set<String> buildings = new HashSet<>(agreement.buildings().keySet());
    for (String item : agreement.items().keySet()) {
      Map<String, String> byBuilding = new java.util.TreeMap<>();
      buildings.forEach(b -> byBuilding.put(b, agreement.responsible(item, b, asOf)));
      responsible.put(item, byBuilding);
    }
    DutyStatus duty = new DutyStatus(agreement.onDuty(asOf), agreement.nextHandover(asOf), responsible);
    reasons.add(Reason.noted(ServiceRuleIds.CO_MANAGEMENT, Outcome.MET, AGREEMENT, Figure.text("onDuty", duty.onDuty()),
        Figure.date("nextHandover", duty.nextHandover()),
        Figure.count("companies", new HashSet<>(agreement.rotation()).size())));
    return duty;
  }
}
