package io.leadrules.rules.engine.modeltables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a parameter holds, as the Type cell of the Parameters table names it. */
enum ParameterType {
    NUMBER("number"), TEXT("text"), LIST("list"), YES_NO("yes/no");

    private final String word;

    ParameterType(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    static Optional<ParameterType> fromWord(String cell) {
        String word = cell == null ? "" : cell.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    static String words() {
        return String.join(", ", Arrays.stream(values()).map(ParameterType::word).toList());
    }
}
