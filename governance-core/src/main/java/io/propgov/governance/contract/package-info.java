/**
 * The end of a property service contract and its handover (Civil Code arts. 947 to 950): the
 * company's notice that it will not renew, the open-ended contract and its written notice, the
 * day the contract ends, the time the outgoing company has to leave and hand over, and which
 * fees it may still claim.
 *
 * @since 0.3.0
 */
package io.propgov.governance.contract;
