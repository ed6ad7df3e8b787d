/**
 * The summary of an evaluation, one row per estate, shared by the command line's text and CSV
 * output and any other report: {@link io.propgov.governance.examples.report.EstateSummary} (the
 * row), {@link io.propgov.governance.examples.report.Summaries} (rows built from the decisions),
 * {@link io.propgov.governance.examples.report.ReportTotals} (the totals under the table),
 * {@link io.propgov.governance.examples.report.Footnotes} (each citation numbered once) and
 * {@link io.propgov.governance.examples.report.ReportText} (the labels, in English and Chinese).
 * The rows carry codes and exact values; turning them into text is the reader's business.
 *
 * @since 0.2.0
 */
package io.propgov.governance.examples.report;
