package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.Mover;
import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TopMoversTest {

    final TopMovers movers = new TopMovers(3);
    final List<UUID> explained = new ArrayList<>();

    @Test
    void onlyTheLargestShiftsAreKeptTiesByLeadId() {
        offer(1, 50, 55);
        offer(2, 50, 42);
        offer(3, 40, 48);
        offer(4, 40, 42);
        offer(7, 60, 52);
        offer(8, 60, 60);
        offer(9, null, 30);

        List<Mover> ranked = movers.ranked();

        assertThat(ranked).extracting(Mover::leadId).containsExactly(id(2), id(3), id(7));
        assertThat(ranked).extracting(Mover::shift).containsExactly(-8, 8, -8);
        assertThat(ranked.get(0)).isEqualTo(new Mover(id(2), 50, 42, -8, "LEAD", "LEAD", "WARM", "WARM",
                List.of(new RuleDifference("R-" + id(2), 1, 2))));
    }

    @Test
    void rulesAreWorkedOutOnlyForLeadsThatEnterTheTop() {
        offer(1, 50, 55);
        offer(2, 50, 42);
        offer(3, 40, 48);
        offer(4, 40, 42);
        offer(7, 60, 52);
        offer(8, 60, 60);

        assertThat(explained).as("4 (+2) is weaker than every lead kept; 8 does not move")
                .containsExactly(id(1), id(2), id(3), id(7));
    }

    @Test
    void aLeadTiedWithTheWeakestKeptOneEntersOnlyWithASmallerId() {
        offer(5, 50, 60);
        offer(6, 50, 60);
        offer(7, 50, 60);
        offer(9, 50, 40);
        offer(2, 50, 40);

        assertThat(movers.ranked()).extracting(Mover::leadId).containsExactly(id(2), id(5), id(6));
    }

    @Test
    void noLeadMovingMeansNoMovers() {
        offer(1, 50, 50);
        offer(2, null, null);

        assertThat(movers.ranked()).isEmpty();
        assertThat(explained).isEmpty();
    }

    private void offer(int lead, Integer before, Integer after) {
        UUID id = id(lead);
        Supplier<List<RuleDifference>> rules = () -> {
            explained.add(id);
            return List.of(new RuleDifference("R-" + id, 1, 2));
        };
        movers.offer(id, new Outcome(before, "A", "WARM", "LEAD", "P4"), new Outcome(after, "A", "WARM", "LEAD", "P4"),
                rules);
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-00000000000" + n);
    }
}
