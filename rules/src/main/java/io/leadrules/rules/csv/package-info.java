/**
 * CSV text as spreadsheet apps write it, read a record at a time: shared by the scenario files and the backtest
 * datasets, so both read the same dialects (separator, quotes, byte order mark) the same way. Start at
 * {@link io.leadrules.rules.csv.CsvRecordReader}.
 */
package io.leadrules.rules.csv;
