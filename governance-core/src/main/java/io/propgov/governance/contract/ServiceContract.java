package io.propgov.governance.contract;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A property service contract coming to its end: its term, the notices and decisions that end it,
 * and the handover.
 *
 * @param id the contract's id, never blank
 * @param estateId the estate it serves, never blank
 * @param companyId the serving company, or null when not named
 * @param termEnd the last day of the agreed term, or null when the contract has no fixed term
 * @param nonRenewalNotice the day the company gave written notice that it will not renew (Civil
 *     Code art. 947), or null
 * @param contractNoticeDays the notice period the contract itself sets for not renewing, or null
 *     to use the policy's (art. 947: "unless the contract agrees otherwise")
 * @param ownersDecision the day the owners decided, on or before the term's end, not to renew
 *     (to hire another company or manage the estate themselves), or null
 * @param terminationNotice the day either party gave notice ending the contract once it runs
 *     without a fixed term (art. 948), or null
 * @param terminationNoticeWritten whether that notice was in writing; null counts as written
 * @param exitDays the days the contract gives the outgoing company to leave once it ends (art.
 *     949 "the agreed period"), or null to use the policy's reasonable period
 * @param handedOver the day the outgoing company left and handed over the service premises,
 *     facilities and records, or null when it has not
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record ServiceContract(@NotNull @NotBlankText String id, @NotNull @NotBlankText String estateId,
    @NotBlankText String companyId, LocalDate termEnd, LocalDate nonRenewalNotice, @Min(0) Integer contractNoticeDays,
    LocalDate ownersDecision, LocalDate terminationNotice, Boolean terminationNoticeWritten, @Min(0) Integer exitDays,
    LocalDate handedOver) implements WithServiceContract {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static ServiceContractBuilder builder() {
    return new ServiceContractBuilder();
  }

  /**
   * Returns whether the notice ending an open-ended contract was written, as art. 948 asks.
   *
   * @return false only when the facts say it was not in writing
   */
  public boolean noticeInWriting() {
    return !Boolean.FALSE.equals(terminationNoticeWritten);
  }
}
