package io.propgov.governance.contract;

import static io.propgov.governance.contract.ContractParameters.EXIT_DAYS;
import static io.propgov.governance.contract.ContractParameters.NON_RENEWAL_NOTICE_DAYS;
import static io.propgov.governance.contract.ContractParameters.OPEN_ENDED_NOTICE_DAYS;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.org.PeriodLastDay;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract-end rules of a policy (Civil Code arts. 947 to 950, in force from 2021-01-01):
 * whether a company that will not renew gave notice in time, when a contract ends, whether the
 * outgoing company left and handed over in time, and which fees after the end it may claim.
 * Immutable and thread-safe.
 *
 * <p>A contract is judged by the rules in force on the day its term ends (or, without a fixed
 * term, on the day of the notice ending it): one whose term ended before the policy has values in
 * force, such as before the Civil Code, is an input error. Days are counted as calendar days:
 * notice given exactly 90 days before the term ends is in time, and leaving on the last allowed
 * day is in time. The period to leave is a period to act in: when its last day is a statutory
 * rest day, the day after the rest days end is its last day (Civil Code art. 203; rest days from
 * the policy's {@code org.calendar}, else Saturday and Sunday). The notice periods are counted
 * back from the term's end and the end of an open-ended contract is no deadline to act: neither
 * moves.
 *
 * @since 0.3.0
 */
public final class ContractRules extends AbstractRuleArea<ServiceContract, ContractStatus> {

  /** The area's id. */
  public static final String AREA = "contract";

  /** A fixed term that ends because the company will not renew or the owners decided otherwise. */
  static final Citation TERM_END = new Citation(
      "Civil Code arts. 947 and 948 (in force from 2021-01-01): a contract whose term ends after the company declined to"
          + " renew, or after the owners decided not to renew it, ends with its term; only a term that ends without such a"
          + " decision while the company goes on serving continues without a fixed term",
      "《民法典》第九百四十七条、第九百四十八条（2021年1月1日起施行）：物业服务人不同意续聘或者业主依法作出不续聘决定的，"
          + "合同于期限届满时终止；“物业服务期限届满后，业主没有依法作出续聘或者另聘物业服务人的决定，物业服务人继续提供"
          + "物业服务的，原物业服务合同继续有效，但是服务期限为不定期”");

  /** Art. 949 para. 2: no fees after the end for a company that did not leave and hand over. */
  static final Citation FEES_BARRED = new Citation(
      "Civil Code art. 949 (in force from 2021-01-01): the outgoing company leaves within the agreed or a reasonable"
          + " period and hands back the service premises, facilities and records; if it does not, it may not claim from"
          + " the owners the fees for the time after the contract ended",
      "《民法典》第九百四十九条（2021年1月1日起施行）：“物业服务合同终止的，原物业服务人应当在约定期限或者合理期限内退出"
          + "物业服务区域，将物业服务用房、相关设施、物业服务所必需的相关资料等交还给业主委员会、决定自行管理的业主或者其指定的人"
          + "……原物业服务人违反前款规定的，不得请求业主支付物业服务合同终止后的物业费”");

  /** Art. 950: until the successor takes over, it goes on serving and may claim fees for that time. */
  static final Citation FEES_UNTIL_TAKEOVER = new Citation(
      "Civil Code art. 950 (in force from 2021-01-01): after the contract ends and until the new company or the"
          + " self-managing owners take over, the outgoing company goes on handling service matters and may claim the"
          + " fees for that period",
      "《民法典》第九百五十条（2021年1月1日起施行）：“物业服务合同终止后，在业主或者业主大会选聘的新物业服务人或者决定"
          + "自行管理的业主接管之前，原物业服务人应当继续处理物业服务事项，并可以请求业主支付该期间的物业费”");

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws io.propgov.governance.error.InvalidPolicyException listing every missing parameter
   */
  public ContractRules(GovernancePolicy policy) {
    super(AREA, ContractParameters.ALL);
    this.policy = PolicyChecks.usable(policy, ContractRules::check);
  }

  /**
   * Returns whether a policy sets any contract parameter.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, ContractParameters.ALL);
  }

  /**
   * Checks that a policy sets every parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return PolicyChecks.missing(policy, ContractParameters.ALL);
  }

  /**
   * Judges a contract as of a date: validates it, then decides.
   *
   * @param contract the contract, not null
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws InvalidFactsException listing every problem with the contract
   */
  public Decision<ContractStatus> judge(ServiceContract contract, LocalDate asOf) {
    return decide(Valid.orThrow(validate(contract, "", asOf)), asOf);
  }

  /**
   * Validates a contract: its field constraints, then a term ending (or a notice given) on a day
   * the policy has no values in force, a notice not to renew without a term or after it, a notice
   * ending the contract before its term is over, and notices, decisions or a handover dated after
   * {@code asOf}.
   *
   * @param contract the contract, not null
   * @param pointer the JSON Pointer of the contract in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid contract, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<ServiceContract>> validate(ServiceContract contract, String pointer,
      LocalDate asOf) {
    return Problems.fieldsFirst(contract, pointer, ContractFields::contract, () -> validateBeyondFields(contract,
        pointer, asOf));
  }

  private Validation<Seq<InputError>, Valid<ServiceContract>> validateBeyondFields(ServiceContract contract,
      String pointer, LocalDate asOf) {
    Problems problems = new Problems();
    LocalDate termEnd = contract.termEnd();
    if (termEnd != null) {
      PolicyChecks.inForce(policy, ContractParameters.ALL, termEnd, pointer + "/termEnd", problems);
    } else if (contract.terminationNotice() != null) {
      PolicyChecks.inForce(policy, ContractParameters.ALL, contract.terminationNotice(), pointer
          + "/terminationNotice", problems);
    } else {
      PolicyChecks.inForce(policy, ContractParameters.ALL, asOf, pointer, problems);
    }
    if (contract.nonRenewalNotice() != null) {
      problems.check(termEnd != null && contract.nonRenewalNotice().isBefore(termEnd), pointer + "/nonRenewalNotice",
          "range", "contract " + contract.id() + ": a notice not to renew (art. 947) is given before the term ends"
              + (termEnd == null ? ", and this contract has no termEnd" : " on " + termEnd + ", was "
              + contract.nonRenewalNotice()) + "; a contract running without a fixed term ends by terminationNotice"
              + " (art. 948)");
    }
    if (contract.terminationNotice() != null && termEnd != null) {
      problems.check(!contract.terminationNotice().isBefore(termEnd), pointer + "/terminationNotice", "range",
          "contract " + contract.id() + ": a notice under art. 948 ends a contract running without a fixed term, so it"
              + " is given on or after the term's end " + termEnd + ", was " + contract.terminationNotice());
    }
    notAfter(contract.nonRenewalNotice(), asOf, pointer, "nonRenewalNotice", contract, problems);
    notAfter(contract.ownersDecision(), asOf, pointer, "ownersDecision", contract, problems);
    notAfter(contract.terminationNotice(), asOf, pointer, "terminationNotice", contract, problems);
    notAfter(contract.handedOver(), asOf, pointer, "handedOver", contract, problems);
    return problems.orValid(() -> issuer.issue(contract));
  }

  private static void notAfter(LocalDate date, LocalDate asOf, String pointer, String field, ServiceContract contract,
      Problems problems) {
    if (date != null) {
      problems.check(!date.isAfter(asOf), pointer + "/" + field, "after-as-of", "contract " + contract.id() + ": "
          + field + " is " + date + ", after the as-of date " + asOf + "; a decision can only use what happened by its date");
    }
  }

  @Override
  public Decision<ContractStatus> decide(Valid<ServiceContract> valid, LocalDate asOf) {
    ServiceContract c = issuer.open(valid);
    LocalDate on = c.termEnd() != null ? c.termEnd() : c.terminationNotice() != null ? c.terminationNotice() : asOf;
    ParameterValue<Integer> nonRenewal = policy.valueAt(NON_RENEWAL_NOTICE_DAYS, on);
    ParameterValue<Integer> openEnded = policy.valueAt(OPEN_ENDED_NOTICE_DAYS, on);
    ParameterValue<Integer> exit = policy.valueAt(EXIT_DAYS, on);
    List<Reason> reasons = new ArrayList<>();
    Integer noticeDaysLate = nonRenewalNotice(c, nonRenewal, reasons);
    LocalDate end = end(c, openEnded, asOf, reasons);
    if (end == null) {
      ContractState state = c.termEnd() != null && !c.termEnd().isBefore(asOf) ? ContractState.RUNNING
          : ContractState.OPEN_ENDED;
      return decision(c, state, null, null, noticeDaysLate, 0, null, null, 0, false, reasons, asOf);
    }
    int exitDays = c.exitDays() != null ? c.exitDays() : exit.value();
    Citation agreed = c.exitDays() != null ? new Citation("the contract's agreed period to leave; " + FEES_BARRED.en(),
        "物业服务合同约定的退出期限；" + FEES_BARRED.zh()) : exit.source();
    PeriodLastDay lastDay = PeriodLastDay.of(policy, end.plusDays(exitDays));
    LocalDate deadline = lastDay.lastDay();
    Citation exitSource = lastDay.applied(agreed);
    Figure[] moved = lastDay.moved() ? new Figure[] {Figure.date("nominalDeadline", lastDay.nominal())} : new Figure[0];
    Reason lastDayReason = lastDay.reason(ContractRuleIds.EXIT_LAST_DAY);
    if (!asOf.isAfter(end)) {
      reasons.add(Reason.noted(ContractRuleIds.EXIT, Outcome.NOT_APPLICABLE, exitSource, with(moved, Figure.date("end",
          end), days("exitDays", exitDays), Figure.date("exitDeadline", deadline))));
      reasons.add(lastDayReason);
      return decision(c, ContractState.ENDING, end, deadline, noticeDaysLate, 0, null, null, 0, false, reasons, asOf);
    }
    LocalDate left = c.handedOver();
    LocalDate lastSeen = left != null ? left : asOf;
    int overdue = lastSeen.isAfter(deadline) ? (int) ChronoUnit.DAYS.between(deadline, lastSeen) : 0;
    ContractState state;
    if (overdue > 0) {
      state = ContractState.EXIT_OVERDUE;
      reasons.add(Reason.compared(ContractRuleIds.EXIT, false, Figure.date("on", lastSeen), Comparison.AT_MOST,
          Figure.date("exitDeadline", deadline), exitSource, with(moved, Figure.term("status", left != null
          ? "handed-over-late" : "not-handed-over"), Figure.date("end", end), days("exitDays", exitDays),
          days("overdueDays", overdue))));
    } else if (left != null) {
      state = ContractState.HANDED_OVER;
      reasons.add(Reason.compared(ContractRuleIds.EXIT, true, Figure.date("on", left), Comparison.AT_MOST,
          Figure.date("exitDeadline", deadline), exitSource, with(moved, Figure.date("end", end),
          days("exitDays", exitDays), days("daysToSpare", ChronoUnit.DAYS.between(left, deadline)))));
    } else {
      state = ContractState.WINDING_UP;
      reasons.add(Reason.noted(ContractRuleIds.EXIT, Outcome.NOT_APPLICABLE, exitSource, with(moved,
          Figure.date("end", end), days("exitDays", exitDays), Figure.date("exitDeadline", deadline),
          days("daysLeft", ChronoUnit.DAYS.between(asOf, deadline)))));
    }
    reasons.add(lastDayReason);
    if (overdue > 0) {
      reasons.add(Reason.noted(ContractRuleIds.FEES, Outcome.NOT_MET, FEES_BARRED, Figure.date("end", end),
          Figure.date("exitDeadline", deadline)));
      return decision(c, state, end, deadline, noticeDaysLate, overdue, null, null, 0, true, reasons, asOf);
    }
    if (!lastSeen.isAfter(end)) {
      reasons.add(Reason.noted(ContractRuleIds.FEES, Outcome.NOT_APPLICABLE, FEES_UNTIL_TAKEOVER,
          Figure.date("end", end), Figure.date("handedOver", lastSeen)));
      return decision(c, state, end, deadline, noticeDaysLate, 0, null, null, 0, false, reasons, asOf);
    }
    LocalDate from = end.plusDays(1);
    int feeDays = (int) ChronoUnit.DAYS.between(end, lastSeen);
    reasons.add(Reason.noted(ContractRuleIds.FEES, Outcome.MET, FEES_UNTIL_TAKEOVER, Figure.date("feesFrom", from),
        Figure.date("feesTo", lastSeen), days("feeDays", feeDays)));
    return decision(c, state, end, deadline, noticeDaysLate, 0, from, lastSeen, feeDays, false, reasons, asOf);
  }

  /** Art. 947: the company's notice not to renew, given at least the notice period before the term ends. */
  private static Integer nonRenewalNotice(ServiceContract c, ParameterValue<Integer> rule, List<Reason> reasons) {
    if (c.nonRenewalNotice() == null) {
      return null;
    }
    int required = c.contractNoticeDays() != null ? c.contractNoticeDays() : rule.value();
    Citation source = c.contractNoticeDays() != null ? new Citation("the contract's own notice period; "
        + rule.source().en(), "物业服务合同约定的通知期限；" + rule.source().zh()) : rule.source();
    long given = ChronoUnit.DAYS.between(c.nonRenewalNotice(), c.termEnd());
    boolean met = given >= required;
    reasons.add(Reason.compared(ContractRuleIds.NON_RENEWAL_NOTICE, met, days("noticeDays", given),
        Comparison.AT_LEAST, days("requiredDays", required), source, Figure.date("notice", c.nonRenewalNotice()),
        Figure.date("latest", c.termEnd().minusDays(required)), Figure.date("termEnd", c.termEnd())));
    return met ? 0 : (int) (required - given);
  }

  /** The day the contract ends, or null when nothing fixes it yet; adds the end and art. 948 reasons. */
  private static LocalDate end(ServiceContract c, ParameterValue<Integer> openEnded, LocalDate asOf,
      List<Reason> reasons) {
    LocalDate termEnd = c.termEnd();
    boolean decided = c.nonRenewalNotice() != null
        || c.ownersDecision() != null && termEnd != null && !c.ownersDecision().isAfter(termEnd);
    if (termEnd != null && decided) {
      reasons.add(Reason.noted(ContractRuleIds.END, Outcome.MET, TERM_END, Figure.date("end", termEnd),
          Figure.term("by", c.nonRenewalNotice() != null ? "company-declined" : "owners-decided")));
      return termEnd;
    }
    if (termEnd != null && !termEnd.isBefore(asOf)) {
      reasons.add(Reason.noted(ContractRuleIds.END, Outcome.NOT_APPLICABLE, TERM_END, Figure.date("termEnd", termEnd)));
      return null;
    }
    // No fixed term, or a term over without the owners' decision: it runs without a fixed term (art. 948).
    LocalDate notice = c.terminationNotice();
    if (notice == null) {
      reasons.add(Reason.noted(ContractRuleIds.OPEN_ENDED, Outcome.NOT_APPLICABLE, openEnded.source(),
          days("noticeDays", openEnded.value())));
      reasons.add(Reason.noted(ContractRuleIds.END, Outcome.NOT_MET, openEnded.source()));
      return null;
    }
    if (!c.noticeInWriting()) {
      reasons.add(Reason.noted(ContractRuleIds.OPEN_ENDED, Outcome.NOT_MET, openEnded.source(),
          Figure.date("notice", notice), days("noticeDays", openEnded.value())));
      reasons.add(Reason.noted(ContractRuleIds.END, Outcome.NOT_MET, openEnded.source()));
      return null;
    }
    LocalDate end = notice.plusDays(openEnded.value());
    reasons.add(Reason.noted(ContractRuleIds.OPEN_ENDED, Outcome.MET, openEnded.source(), Figure.date("notice", notice),
        days("noticeDays", openEnded.value()), Figure.date("end", end)));
    reasons.add(Reason.noted(ContractRuleIds.END, Outcome.MET, openEnded.source(), Figure.date("end", end),
        Figure.term("by", "written-notice")));
    return end;
  }

  private Decision<ContractStatus> decision(ServiceContract c, ContractState state, LocalDate end, LocalDate deadline,
      Integer noticeDaysLate, int overdue, LocalDate feesFrom, LocalDate feesTo, int feeDays, boolean barred,
      List<Reason> reasons, LocalDate asOf) {
    ContractStatus status = new ContractStatus(c.id(), c.estateId(), c.companyId(), state, end, deadline, c.handedOver(),
        noticeDaysLate, overdue, feesFrom, feesTo, feeDays, barred);
    return new Decision<>(status, reasons, policy.ref(), asOf);
  }

  /** The figures followed by the extra ones (the counted last day, when it moved). */
  private static Figure[] with(Figure[] extra, Figure... figures) {
    Figure[] all = Arrays.copyOf(figures, figures.length + extra.length);
    System.arraycopy(extra, 0, all, figures.length, extra.length);
    return all;
  }

  private static Figure days(String name, long days) {
    return Figure.of(name, Fraction.of(days), Unit.DAYS);
  }
}
