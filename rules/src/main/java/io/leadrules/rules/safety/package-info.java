/**
 * The walls around rule code. {@link io.leadrules.rules.safety.DrlPolicy} judges what Drools really parses (its
 * descriptors of one DRL text) against an allow-list, before anything is built;
 * {@link io.leadrules.rules.safety.BytecodeCheck} reads every class the build generated before any is loaded and
 * refuses what is not on its allow-list; {@link io.leadrules.rules.safety.ClassLoadingWall} refuses to resolve any
 * other class when the rule set runs. Plain data in and out, no dependency on the engine: the engine maps a violation
 * back to the rule's file and line or sheet and cell.
 */
package io.leadrules.rules.safety;
