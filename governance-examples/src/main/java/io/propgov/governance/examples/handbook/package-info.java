/**
 * The policy handbook of {@code policy doc}: a layered policy as a reader looks it up, every
 * parameter with its values over time, their sources and assumption marks, the level that set
 * each, the bounds the levels above set on it, the rules that read it and the scenarios that
 * exercise those rules; as Markdown or as one self-contained HTML page, in English or Chinese.
 *
 * @since 0.2.0
 */
package io.propgov.governance.examples.handbook;
