/**
 * Backtest datasets: a CSV file of leads as they were (members, attributes, activities in the scenario notation)
 * with what became of them, read a row at a time for a backtest (and for bulk scoring files). Start at
 * {@link io.leadrules.rules.dataset.DatasetReader}, which documents the columns.
 */
package io.leadrules.rules.dataset;
