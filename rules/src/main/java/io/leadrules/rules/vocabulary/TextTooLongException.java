package io.leadrules.rules.vocabulary;

/** A rule built a fact whose text is longer than any fact may hold (see {@link ResultText}). */
public final class TextTooLongException extends IllegalArgumentException {

    TextTooLongException(int length, int limit) {
        super("a fact's text grew to " + length + " characters (at most " + limit + "): the rule probably builds "
                + "text from its own results");
    }
}
