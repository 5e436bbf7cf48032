package io.leadrules.rules.vocabulary;

/**
 * A next best action. {@code rank} 1 is the main recommendation, higher ranks come after it.
 *
 * @param content what to send or do, in words
 */
public record Recommendation(int rank, String code, String content, String rule) {

    public Recommendation {
        ResultText.check(code, content, rule);
    }
}
