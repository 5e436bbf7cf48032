/**
 * The table kinds the product ships: for each, the technical part of its decision table (settings, the pattern, the
 * condition and action snippets), written here as data the product owns. An uploaded table of a known kind must
 * carry exactly this technical part; only its visible cells (the values) vary.
 */
package io.leadrules.rules.model;
