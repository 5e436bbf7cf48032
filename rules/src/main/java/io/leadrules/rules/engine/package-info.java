/**
 * The engine: compiles a rule set from named DRL and {@code .drl.xlsx} files into an immutable
 * {@link io.leadrules.rules.engine.CompiledRuleSet}, reports compile problems in business terms (file, sheet,
 * cell; or file, line), and evaluates one lead at a time in a stateless session, recording every fired rule.
 */
package io.leadrules.rules.engine;
