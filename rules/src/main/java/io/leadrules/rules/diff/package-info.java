/**
 * What changed between two rule versions, for the person who reviews a new version before it goes live: files
 * added, removed and changed; per decision table the rows added, removed and changed, matched by their
 * {@code Rule ID} (never by row number, so inserting a row shows one added row and nothing else), with old and new
 * cell values and references; per DRL or scenario file a unified text diff.
 *
 * <p>Everything here is plain records of strings, numbers and lists, so the service can serve
 * {@link io.leadrules.rules.diff.RuleSetDiff} as JSON as it is.
 */
package io.leadrules.rules.diff;
