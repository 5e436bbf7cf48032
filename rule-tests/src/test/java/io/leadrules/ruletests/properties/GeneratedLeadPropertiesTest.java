package io.leadrules.ruletests.properties;

import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.engagementPoints;
import static io.leadrules.ruletests.Explanations.sumOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.ruletests.LeadBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the default model over {@value LeadGenerator#DEFAULT_COUNT} generated leads (random profiles,
 * consent, activity mixes of known, unknown, negative and future types aged 0-400 days, random asOf). The test
 * name carries the seed; see {@link LeadGenerator} to run one seed again.
 */
class GeneratedLeadPropertiesTest {

    static LongStream seeds() {
        return LeadGenerator.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayBetween0And100AndAreNullOnlyForInvalidLeads(long seed) {
        LeadEvaluation evaluation = evaluate(LeadGenerator.generate(seed).input());

        if (evaluation.valid()) {
            assertThat(evaluation.score()).isBetween(0, 100);
            assertThat(evaluation.fit().score()).isBetween(0, 100);
            assertThat(evaluation.engagement().score()).isBetween(0, 100);
            assertThat(evaluation.fit().grade()).isIn("A", "B", "C", "D");
        } else {
            assertThat(evaluation.stage()).isEqualTo("INVALID");
            assertThat(evaluation.score()).isNull();
            assertThat(evaluation.fit().score()).isNull();
            assertThat(evaluation.engagement().score()).isNull();
            assertThat(evaluation.temperature()).isNull();
            assertThat(evaluation.funnelStage()).isNull();
            assertThat(evaluation.priority()).isNull();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachScoreEqualsTheSumOfItsBreakdownAndTheScoreBlendsThem(long seed) {
        LeadEvaluation evaluation = evaluate(LeadGenerator.generate(seed).input());

        if (evaluation.valid()) {
            assertThat(evaluation.fit().score()).isEqualTo(sumOf(evaluation.fit().breakdown()));
            assertThat(evaluation.engagement().score()).isEqualTo(sumOf(evaluation.engagement().breakdown()));
            // round_half_up((fit weight x fit + engagement weight x engagement) / 100)
            BigDecimal blend = BigDecimal.valueOf((long) evaluation.weights().fit() * evaluation.fit().score()
                    + (long) evaluation.weights().engagement() * evaluation.engagement().score(), 2);
            assertThat(evaluation.score()).isEqualTo(blend.setScale(0, RoundingMode.HALF_UP).intValueExact());
        } else {
            assertThat(evaluation.fit().breakdown()).isEmpty();
            assertThat(evaluation.engagement().breakdown()).isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingASalesReadyActivityNeverLowersTheScore(long seed) {
        GeneratedLead lead = LeadGenerator.generate(seed);
        Integer before = evaluate(lead.input()).score();

        for (String type : LeadGenerator.SALES_READY) {
            List<Activity> more = new ArrayList<>(lead.activities());
            more.add(new Activity("added-" + type, type, lead.asOf(), null));
            Integer after = evaluate(lead.withActivities(more).input()).score();

            if (before == null) {
                assertThat(after).as("an invalid lead stays unscored").isNull();
            } else {
                assertThat(after).as("score after adding %s (before: %s)", type, before).isGreaterThanOrEqualTo(before);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anOlderCopyOfAnActivityNeverCountsMoreThanANewerOne(long seed) {
        GeneratedLead generated = LeadGenerator.generate(seed);
        GeneratedLead lead = generated.withLead(LeadBuilder.from(generated.lead()).consented().build());
        SplittableRandom random = new SplittableRandom(seed).split();
        String type = LeadGenerator.type(random);
        int newer = random.nextInt(0, 400);
        int older = random.nextInt(newer + 1, 401);
        Activity newerCopy = copy(type, lead.asOf(), newer, random);
        Activity olderCopy = copy(type, lead.asOf(), older, random);

        // alone: the whole engagement
        LeadEvaluation aloneNewer = evaluate(lead.withActivities(List.of(newerCopy)).input());
        LeadEvaluation aloneOlder = evaluate(lead.withActivities(List.of(olderCopy)).input());
        assertThat(aloneOlder.engagement().score())
                .as("engagement of one %s %d days old vs %d days old", type, older, newer)
                .isLessThanOrEqualTo(aloneNewer.engagement().score());

        // among the lead's other activities: the points of its type
        LeadEvaluation amongNewer = evaluate(lead.withActivities(plus(lead.activities(), newerCopy)).input());
        LeadEvaluation amongOlder = evaluate(lead.withActivities(plus(lead.activities(), olderCopy)).input());
        assertThat(engagementPoints(amongOlder, type))
                .as("points of %s with the copy %d days old vs %d days old", type, older, newer)
                .isLessThanOrEqualTo(engagementPoints(amongNewer, type));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evaluationIsDeterministicWhateverTheOrderOfTheActivities(long seed) {
        GeneratedLead lead = LeadGenerator.generate(seed);
        List<Activity> shuffled = shuffled(lead.activities(), new SplittableRandom(seed));

        LeadEvaluation first = evaluate(lead.input());
        LeadEvaluation second = evaluate(lead.input());
        LeadEvaluation ofShuffled = evaluate(lead.withActivities(shuffled).input());

        assertThat(second).isEqualTo(first);
        assertThat(ActivityReferences.resolved(ofShuffled, shuffled))
                .isEqualTo(ActivityReferences.resolved(first, lead.activities()));
    }

    /** An activity exactly {@code days} whole days old, at a random second of that day of age. */
    private static Activity copy(String type, Instant asOf, int days, SplittableRandom random) {
        Instant at = asOf.minus(Duration.ofDays(days)).minusSeconds(random.nextLong(86_400));
        return new Activity("copy-" + days, type, at, null);
    }

    private static List<Activity> plus(List<Activity> activities, Activity one) {
        List<Activity> all = new ArrayList<>(activities);
        all.add(one);
        return all;
    }

    private static List<Activity> shuffled(List<Activity> activities, SplittableRandom random) {
        List<Activity> copy = new ArrayList<>(activities);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Activity swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }
}
