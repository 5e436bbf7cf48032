/**
 * Scenario files: named leads with their activities and what the rules should answer, kept by marketing ops in a
 * spreadsheet (CSV or XLSX) and run as the gate before a rule version goes live. Start at
 * {@link io.leadrules.rules.scenario.ScenarioRunner}, which documents the columns and the activity notation.
 */
package io.leadrules.rules.scenario;
