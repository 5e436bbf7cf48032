package io.leadrules.rules.vocabulary;

/**
 * The longest text a fact may hold. Every text a rule can put into a fact is built from the facts it matched, so a
 * rule that builds a fact's text from another fact's text (two rules that each double a message) grows it
 * exponentially: about thirty firings, far below the cap on firings, exhaust the heap of the whole service. A text
 * over the limit stops the evaluation at once, naming its length, like a runaway rule. Inputs are far shorter
 * (the API takes at most 2,000 characters in any member).
 */
final class ResultText {

    static final int MAX_LENGTH = 10_000;

    private ResultText() {
    }

    static void check(String... texts) {
        for (String text : texts) {
            if (text != null && text.length() > MAX_LENGTH) {
                throw new TextTooLongException(text.length(), MAX_LENGTH);
            }
        }
    }
}
