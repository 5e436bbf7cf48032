package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreCrossingsTest {

    private final Subscription mql = subscription(40);
    private final Subscription both = subscription(40, 70);

    @Test
    void aScoreThatReachesAThresholdCrossesItUpForEverySubscriptionThatNamesIt() {
        List<ScoreCrossings.Crossing> crossed = ScoreCrossings.crossed(35, 40, List.of(mql, both));

        assertThat(crossed).singleElement().satisfies(crossing -> {
            assertThat(crossing.threshold()).isEqualTo(40);
            assertThat(crossing.direction()).isEqualTo("up");
            assertThat(crossing.subscriptions()).containsExactly(mql, both);
        });
    }

    @Test
    void aScoreThatFallsPastTwoThresholdsCrossesBothDown() {
        assertThat(ScoreCrossings.crossed(75, 10, List.of(mql, both)))
                .extracting(ScoreCrossings.Crossing::threshold, ScoreCrossings.Crossing::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(40, "down"),
                        org.assertj.core.groups.Tuple.tuple(70, "down"));
    }

    @Test
    void aFirstDecisionAtTheThresholdCrossesUpAndAMoveOnOneSideCrossesNothing() {
        assertThat(ScoreCrossings.crossed(null, 43, List.of(mql))).extracting(ScoreCrossings.Crossing::direction)
                .containsExactly("up");
        assertThat(ScoreCrossings.crossed(41, 69, List.of(mql, both))).isEmpty();
        assertThat(ScoreCrossings.crossed(10, 39, List.of(mql))).isEmpty();
    }

    private static Subscription subscription(Integer... thresholds) {
        return new Subscription(UUID.randomUUID(), "https://hooks.example.com", EnumSet.of(
                WebhookEventType.LEAD_SCORE_CROSSED), List.of(thresholds), "sealed", true, null, null, 0, null,
                Instant.EPOCH, "admin", Instant.EPOCH);
    }
}
