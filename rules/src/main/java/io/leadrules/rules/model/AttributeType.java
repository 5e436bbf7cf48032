package io.leadrules.rules.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The types a declared attribute may have, as marketing ops write them in the Type cell of the Attributes table. */
public enum AttributeType {
    TEXT("text"), NUMBER("number"), YES_NO("yes/no"), DATE("date");

    private final String word;

    AttributeType(String word) {
        this.word = word;
    }

    /** What the Type cell reads: text, number, yes/no or date. */
    public String word() {
        return word;
    }

    /** The type a Type cell names, ignoring case and blanks ("Yes/No", "yes / no", "boolean" are yes/no). */
    public static Optional<AttributeType> fromWord(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String word = cell.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (word.equals("boolean") || word.equals("yesno")) {
            return Optional.of(YES_NO);
        }
        return Arrays.stream(values()).filter(t -> t.word.replace(" ", "").equals(word)).findFirst();
    }
}
