package io.leadrules.rules.diff;

/**
 * One changed cell of a row: the column header and, in each version, the cell reference ("D15") and its value.
 * A value is null when the cell is empty; a cell reference is null when the column does not exist in that version.
 */
public record CellChange(String header, String oldCell, String oldValue, String newCell, String newValue) {
}
