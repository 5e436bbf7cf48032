/**
 * Bulk scoring: {@code POST /api/v1/scores/batch} and the {@code score} command. A file of leads (NDJSON, one
 * scoring request per line, or CSV in the dataset notation) is read a line at a time, scored in bounded chunks on a
 * few threads, and answered in input order as it goes, so memory stays flat however large the file. Start at
 * {@link io.leadrules.app.scoring.batch.BatchScoring}, the pipeline both share.
 */
package io.leadrules.app.scoring.batch;
