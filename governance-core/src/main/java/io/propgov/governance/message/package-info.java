/**
 * The templates of input errors' messages in English and Chinese, shared by the field
 * constraints, the JSON reader and the policy checks. Not exported: no host should use them; it
 * depends on no other package, so that every package may write its messages from it.
 */
package io.propgov.governance.message;
