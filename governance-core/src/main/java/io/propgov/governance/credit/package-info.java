/**
 * Credit records and blacklists: a policy's catalogue of credit events, the score and grade of a
 * property company on any date, the blacklist with its entries, extensions, expiry and repair,
 * the joint rewards and punishments in force (which other rule areas ask, never re-derive), and
 * the residents' arrears ladder with the limits the law sets on it (Civil Code arts. 188, 195, 944).
 *
 * @since 0.1.0
 */
package io.propgov.governance.credit;
