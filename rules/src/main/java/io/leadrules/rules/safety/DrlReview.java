package io.leadrules.rules.safety;

import java.util.List;

/**
 * What {@link DrlPolicy} found in one DRL text.
 *
 * @param violations what is not allowed, in the order found
 * @param ruleCount  the rules (and queries) the text declares
 * @param readable   false when Drools' parser could not read the text: nothing in it was judged, so it must never
 *                   be built into a rule base (the build reports the syntax error; a build that succeeds anyway is
 *                   refused)
 */
public record DrlReview(List<DrlViolation> violations, int ruleCount, boolean readable) {

    public DrlReview {
        violations = List.copyOf(violations);
    }

    public boolean allowed() {
        return readable && violations.isEmpty();
    }
}
