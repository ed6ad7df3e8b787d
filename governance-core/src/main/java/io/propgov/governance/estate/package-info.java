/**
 * Estates and the property companies serving them: the facts a whole-estate assessment judges.
 *
 * @since 0.1.0
 */
package io.propgov.governance.estate;
