package io.leadrules.app.ruleset;

import java.util.Optional;

/** Rule version ids as the API shows them: "1", "2", ... A text that is not one names no version. */
final class RuleVersionIds {

    private static final int LONGEST = 18;

    private RuleVersionIds() {
    }

    static Optional<Long> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > LONGEST || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
