package io.leadrules.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DrlPolicyTest {

    @Test
    void textDroolsCannotParseIsNotJudgedAndMustNotBeBuilt() {
        DrlReview review = DrlPolicy.review("package leadrules.fit;\nrule \"X\" when Lead( then end");

        assertThat(review.readable()).isFalse();
        assertThat(review.allowed()).isFalse();
        assertThat(review.violations()).isEmpty();
    }

    @Test
    void aViolationCarriesTheLineTheTokenAsWrittenAndThePart() {
        DrlReview review = DrlPolicy.review("""
                package leadrules.fit;
                import java.io.File;
                global java.util.List sink;
                rule "FIT-X Counts"
                when
                    $lead : Lead()
                then
                    sink.add(new File("x"));
                end
                """);

        assertThat(review.ruleCount()).isOne();
        assertThat(review.violations()).containsExactly(
                new DrlViolation(2, "java.io.File", review.violations().get(0).message(), DrlViolation.Part.IMPORT),
                new DrlViolation(3, "global", review.violations().get(1).message(), DrlViolation.Part.GLOBAL),
                new DrlViolation(8, "File", review.violations().get(2).message(), DrlViolation.Part.RULE));
    }

    @Test
    void aConsequenceThatStartsOnTheThenLineIsPlacedThere() {
        DrlReview review = DrlPolicy.review("""
                package leadrules.fit;
                rule "FIT-X Counts"
                when
                then System.exit(1);
                end
                """);

        assertThat(review.violations()).singleElement()
                .satisfies(v -> assertThat(v.line()).isEqualTo(4))
                .satisfies(v -> assertThat(v.token()).isEqualTo("System"));
    }

    @Test
    void namesThatAreTheFactsFieldsAndTheRulesVariablesAreAllowed() {
        DrlReview review = DrlPolicy.review("""
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;
                rule "FIT-X Fields and variables"
                    @reason("fields, variables, in and not in")
                    salience -5
                    no-loop true
                when
                    $lead : Lead( $size : companySize, companySize in (1, 2), source not in ("a", "b"),
                                  jobTitle != null )
                    not FitMatch( category == "ROLE", match > $size )
                then
                    int doubled = $size * 2;
                    if (doubled > 2) {
                        insert(new FitMatch("ROLE", doubled, drools.getRule().getName()));
                    }
                end
                """);

        assertThat(review.violations()).isEmpty();
        assertThat(review.allowed()).isTrue();
    }

    @Test
    void namesThatDroolsExpressionParserSkipsAreFound() {
        String constraint = "companySize == 1 java.lang.Runtime.getRuntime()";

        assertThat(ConstraintWords.notRead(constraint, ConstraintRules.parse(constraint).orElseThrow()))
                .contains("java", "Runtime", "getRuntime");
        assertThat(ConstraintWords.notRead("source not in (\"a\", \"b\")",
                ConstraintRules.parse("source not in (\"a\", \"b\")").orElseThrow())).isEmpty();
    }

    /**
     * A table of many activity types writes them into one list literal. Reading past a string must not cost stack
     * per character: with a repeated regex group it did, and a Points table of 200 rows overflowed the sandbox
     * worker's 1 MB stack (refused as a rule-set limit). Checked on a 256 KB stack with a 200,000-character literal,
     * escapes included, and the names after the literal still found.
     */
    @Test
    void aLongStringLiteralIsSkippedWithoutStackPerCharacter() throws InterruptedException {
        String list = "PAGE_VIEW, \\\"QUOTED\\\", ".repeat(8_000);
        String constraint = "Text.isOneOf(name, \"" + list + "\") java.lang.Runtime.getRuntime()";
        AtomicReference<Object> found = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                found.set(ConstraintWords.words(constraint));
            } catch (StackOverflowError e) {
                found.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(found.get()).isEqualTo(Set.of("Text", "isOneOf", "name", "java", "lang", "Runtime",
                "getRuntime"));
    }
}
