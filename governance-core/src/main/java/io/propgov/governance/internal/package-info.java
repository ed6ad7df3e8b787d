/**
 * Helpers shared by the rule areas. Not exported: no host should use them.
 */
package io.propgov.governance.internal;
