/**
 * The model tables: the table kinds whose rules LeadRules writes itself from the visible cells (parameters,
 * attributes, mappings, fit on any field, activity points per event and per unit, activity windows). Every cell is
 * read as a typed value against an allow-list and put into the generated DRL as a literal, so nothing a person
 * types is code; parameters are inlined where rules use them, so no rule fires only to insert a constant.
 */
package io.leadrules.rules.engine.modeltables;
