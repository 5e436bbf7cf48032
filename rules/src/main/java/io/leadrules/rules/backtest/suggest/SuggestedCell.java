package io.leadrules.rules.backtest.suggest;

/** A value to write into one cell of one workbook of the version ("D14" on sheet "Points"). */
record SuggestedCell(String file, String sheet, String cell, String value) {
}
