/**
 * Streaming batch evaluation of NDJSON: one estate per input line, one result per output line,
 * in input order, with bounded memory whatever the input's size. {@link
 * io.propgov.governance.examples.batch.NdjsonBatch} is the streaming machinery; what a line
 * becomes is one {@link io.propgov.governance.examples.batch.LineJudge}, so that a richer
 * assessment can replace {@link io.propgov.governance.examples.batch.EstateLineJudge} without
 * touching the streaming.
 *
 * @since 0.1.0
 */
package io.propgov.governance.examples.batch;
