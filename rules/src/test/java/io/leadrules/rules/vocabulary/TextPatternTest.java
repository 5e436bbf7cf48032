package io.leadrules.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPatternTest {

    @Test
    void theWholeValueMustMatchThePattern() {
        assertThat(Text.matchesPattern("jane@acme-soft.com", "[a-z]+@acme-soft\\.com")).isTrue();
        assertThat(Text.matchesPattern("jane@acme-soft.com.evil", "[a-z]+@acme-soft\\.com")).isFalse();
    }

    @Test
    void aMissingValueOrPatternMatchesNothing() {
        assertThat(Text.matchesPattern(null, ".*")).isFalse();
        assertThat(Text.matchesPattern("x", null)).isFalse();
    }

    @Test
    void anInvalidPatternMatchesNothingAndSaysWhy() {
        assertThat(Text.matchesPattern("a", "(a")).isFalse();
        assertThat(Text.patternProblem("(a")).isNotBlank();
        assertThat(Text.patternProblem("(a*)*\\1@x")).as("no back-references in linear time").isNotBlank();
        assertThat(Text.patternProblem("[a-z]+")).isNull();
    }

    @Test
    void aPatternThatBacktracksExponentiallyElsewhereReturnsHere() {
        String input = "a".repeat(5_000) + "!";

        assertThat(Text.matchesPattern(input, "(a*)*b")).isFalse();
        assertThat(Text.matchesPattern(input, "(a|aa)+")).isFalse();
    }
}
