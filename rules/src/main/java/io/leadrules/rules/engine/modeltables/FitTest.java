package io.leadrules.rules.engine.modeltables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of test a Fit row makes on its field, as its Test cell names them. */
enum FitTest {
    IS_ONE_OF("is one of"),
    IS_NOT_ONE_OF("is not one of"),
    CONTAINS_WORDS("contains one of the words"),
    BETWEEN("between"),
    IS_YES("is yes"),
    IS_NO("is no"),
    IS_EMPTY("is empty"),
    IS_GIVEN("is given");

    private final String words;

    FitTest(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }

    /** True when the test needs values in the Values cell. */
    boolean needsValues() {
        return this == IS_ONE_OF || this == IS_NOT_ONE_OF || this == CONTAINS_WORDS || this == BETWEEN;
    }

    static Optional<FitTest> fromWords(String cell) {
        String words = cell == null ? "" : cell.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.words.equals(words)).findFirst();
    }

    static String all() {
        return String.join(", ", Arrays.stream(values()).map(t -> "\"" + t.words + "\"").toList());
    }
}
