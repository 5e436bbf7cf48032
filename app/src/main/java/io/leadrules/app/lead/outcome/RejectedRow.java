package io.leadrules.app.lead.outcome;

/**
 * Why a row of an import was not stored: its line, the column (CSV) or member (NDJSON) at fault, or {@code null}
 * when the whole row is, and what is wrong. The cell's value is never repeated: a cell is data, and the answer of
 * an import is read in spreadsheets too.
 */
record RejectedRow(long line, String field, String message) {
}
