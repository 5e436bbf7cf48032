/**
 * What a rule set may contain, judged on what Drools really parses rather than on text: {@link
 * io.leadrules.rules.safety.DrlPolicy} walks Drools' own descriptors of one DRL text and returns plain-data
 * violations. The engine depends on this package, never the reverse.
 */
package io.leadrules.rules.safety;
