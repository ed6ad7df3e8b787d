package io.propgov.governance.engine;

import io.propgov.governance.contract.ContractParameters;
import io.propgov.governance.contract.ContractRules;
import io.propgov.governance.mode.ModeParameters;
import io.propgov.governance.mode.ModeVoteRules;
import io.propgov.governance.area.RuleArea;
import io.propgov.governance.credit.ArrearsRules;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.error.InputError;
import io.propgov.governance.metrics.MetricsParameters;
import io.propgov.governance.metrics.RateRules;
import io.propgov.governance.money.MoneyParameters;
import io.propgov.governance.money.MoneyRules;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.owners.OwnersParameters;
import io.propgov.governance.owners.OwnersRules;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.SatisfactionRules;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.subsidy.SubsidyRules;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRules;
import io.propgov.governance.workorder.WorkOrderParameters;
import io.propgov.governance.workorder.WorkOrderRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry of a policy's rule areas, built once when an engine is created: each area the
 * policy configures, checked against the policy first. The assessors that combine areas (the
 * whole estate, the organisation tree, subsidies) read the areas from here and never call back
 * into the engine.
 */
final class Areas {

  /** How one area is found in a policy, checked and built. */
  private record Spec(String id, List<ParameterKey<?>> parameters, Predicate<GovernancePolicy> configured,
      Function<GovernancePolicy, List<InputError>> check) {}

  /** Every area the engine knows, in the order their parameters and errors are listed. */
  private static final List<Spec> SPECS = List.of(
      new Spec(SatisfactionRules.AREA, SatisfactionParameters.ALL, p -> true, SatisfactionRules::check),
      new Spec(VoteRules.AREA, VoteParameters.ALL, p -> true, VoteRules::check),
      new Spec(HierarchyRules.AREA, Stream.concat(OrgParameters.ALL.stream(), OrgParameters.OPTIONAL.stream())
          .toList(), HierarchyRules::isConfigured, HierarchyRules::check),
      new Spec(ServiceRules.AREA, ServiceParameters.ALL, ServiceRules::isConfigured, ServiceRules::check),
      new Spec(CreditRules.AREA, Stream.concat(CreditParameters.ALL.stream(), CreditParameters.OPTIONAL.stream())
          .toList(), CreditRules::isConfigured, CreditRules::check),
      new Spec(SubsidyRules.AREA, SubsidyParameters.ALL, p -> true, p -> List.of()),
      new Spec(MoneyRules.AREA, Stream.concat(MoneyParameters.ALL.stream(), MoneyParameters.OPTIONAL.stream()).toList(),
          MoneyRules::isConfigured, MoneyRules::check),
      new Spec(OwnersRules.AREA, Stream.concat(OwnersParameters.ALL.stream(), OwnersParameters.OPTIONAL.stream())
          .toList(), OwnersRules::isConfigured, OwnersRules::check),
      new Spec(ContractRules.AREA, ContractParameters.ALL, ContractRules::isConfigured, ContractRules::check),
      new Spec(ModeVoteRules.AREA, ModeParameters.ALL, ModeVoteRules::isConfigured, ModeVoteRules::check),
      new Spec(WorkOrderRules.AREA, WorkOrderParameters.ALL, WorkOrderRules::isConfigured, WorkOrderRules::check),
      new Spec(RateRules.AREA, MetricsParameters.ALL, p -> p.timeline(MetricsParameters.RATES).isPresent(),
          RateRules::check));

  final GovernancePolicy policy;
  final SatisfactionRules satisfaction;
  final VoteRules vote;
  final HierarchyRules hierarchy;
  final ServiceRules service;
  final CreditRules credit;
  final ArrearsRules arrears;
  final SubsidyRules subsidy;
  final MoneyRules money;
  final OwnersRules owners;
  final WorkOrderRules workOrders;
  final EstateArea estate;
  final HierarchyArea tree;
  final ContractRules contract;
  final ModeVoteRules modeVote;

  private Areas(GovernancePolicy policy) {
    this.policy = policy;
    this.satisfaction = new SatisfactionRules(policy);
    this.vote = new VoteRules(policy);
    this.hierarchy = HierarchyRules.isConfigured(policy) ? new HierarchyRules(policy) : null;
    this.service = ServiceRules.isConfigured(policy) ? new ServiceRules(policy) : null;
    this.credit = CreditRules.isConfigured(policy) ? new CreditRules(policy) : null;
    this.arrears = credit == null ? null : new ArrearsRules(policy);
    this.subsidy = new SubsidyRules(policy);
    this.money = MoneyRules.isConfigured(policy) ? new MoneyRules(policy) : null;
    this.owners = OwnersRules.isConfigured(policy) ? new OwnersRules(policy) : null;
    this.workOrders = WorkOrderRules.isConfigured(policy) ? new WorkOrderRules(policy) : null;
    this.estate = new EstateArea(policy, satisfaction, vote, service);
    this.tree = hierarchy == null ? null : new HierarchyArea(this, hierarchy);
    this.contract = ContractRules.isConfigured(policy) ? new ContractRules(policy) : null;
    this.modeVote = ModeVoteRules.isConfigured(policy) ? new ModeVoteRules(policy, vote, service) : null;
  }

  /**
   * Checks a policy against every area it configures, then builds the areas.
   *
   * @throws io.propgov.governance.error.InvalidPolicyException listing every error
   */
  static Areas of(GovernancePolicy policy) {
    List<InputError> errors = check(Objects.requireNonNull(policy, "policy"));
    if (!errors.isEmpty()) {
      throw new io.propgov.governance.error.InvalidPolicyException(errors);
    }
    return new Areas(policy);
  }

  /** Every error a policy has for the areas it configures. */
  static List<InputError> check(GovernancePolicy policy) {
    List<InputError> errors = new ArrayList<>();
    for (Spec spec : SPECS) {
      if (spec.configured().test(policy)) {
        errors.addAll(spec.check().apply(policy));
      }
    }
    return List.copyOf(errors);
  }

  /** Every parameter any area reads, in the areas' order. */
  static List<ParameterKey<?>> parameters() {
    return SPECS.stream().flatMap(s -> s.parameters().stream()).toList();
  }

  /** The areas the policy configures, in the registry's order. */
  List<RuleArea<?, ?>> configured() {
    return Stream.of(satisfaction, vote, service, credit, arrears, subsidy, money, owners, estate, tree, contract,
        modeVote, workOrders)
        .filter(Objects::nonNull).<RuleArea<?, ?>>map(a -> a).toList();
  }

  HierarchyRules hierarchy() {
    tree();
    return hierarchy;
  }

  HierarchyArea tree() {
    if (tree == null) {
      throw notSet("organisation", OrgParameters.ALL, "organisation trees");
    }
    return tree;
  }

  ServiceRules service() {
    if (service == null) {
      throw notSet("service", ServiceParameters.ALL, "service tiers");
    }
    return service;
  }

  CreditRules credit() {
    if (credit == null) {
      throw notSet("credit", CreditParameters.ALL, "credit records or arrears");
    }
    return credit;
  }

  MoneyRules money() {
    if (money == null) {
      throw notSet("money", MoneyParameters.ALL, "money in the open");
    }
    return money;
  }

  OwnersRules owners() {
    if (owners == null) {
      throw notSet("owners", OwnersParameters.ALL, "the owners' organisation");
    }
    return owners;
  }

  ContractRules contract() {
    if (contract == null) {
      throw notSet("contract", ContractParameters.ALL, "service contracts");
    }
    return contract;
  }

  ModeVoteRules modeVote() {
    if (modeVote == null) {
      throw notSet("mode-vote (or service)", ModeParameters.ALL, "mode votes");
    }
    return modeVote;
  }

  WorkOrderRules workOrders() {
    if (workOrders == null) {
      throw notSet("work-order", WorkOrderParameters.ALL, "work orders");
    }
    return workOrders;
  }

  boolean judgesSubsidies() {
    return SubsidyRules.runsProgrammes(policy);
  }

  private IllegalStateException notSet(String what, List<ParameterKey<?>> keys, String judged) {
    return new IllegalStateException("policy " + policy.ref() + " sets no " + what + " parameters ("
        + keys.stream().map(ParameterKey::id).collect(Collectors.joining(", ")) + "), so it cannot judge " + judged);
  }
}
