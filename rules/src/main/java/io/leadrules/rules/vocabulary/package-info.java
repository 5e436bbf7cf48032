/**
 * The vocabulary the rules speak: the facts the engine inserts (a {@link io.leadrules.rules.vocabulary.Lead},
 * its {@link io.leadrules.rules.vocabulary.Consent}, each {@link io.leadrules.rules.vocabulary.AgedActivity},
 * the {@link io.leadrules.rules.vocabulary.AsOf} instant) and the immutable results rules insert (points,
 * findings, classifications, recommendations). Rules never mutate a fact: the explanation is the data itself.
 *
 * <p>Every result carries {@code rule}, the name of the rule that inserted it ({@code drools.getRule().getName()}),
 * which the engine resolves to a rule id, a reason and the spreadsheet cell or DRL line it came from.
 */
package io.leadrules.rules.vocabulary;
