package io.leadrules.app.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a draft would change, over the leads compared (those both versions evaluated).
 *
 * @param leads       leads compared
 * @param changed     leads whose score, grade, temperature, stage or priority differs
 * @param before      leads by value of each dimension with the baseline version ({@code NONE}: no value)
 * @param after       the same with the draft
 * @param transitions per dimension, the leads that moved from one value to another (unchanged ones are left out)
 * @param scoreShift  how scores move, over the leads scored by both versions
 * @param topMovers   the 20 leads whose score moves most, with the rules that made the difference
 */
public record ImpactReport(int leads, int changed, Counts before, Counts after, Transitions transitions,
                    ScoreShift scoreShift, List<Mover> topMovers) {

    /** Leads by value, per dimension; every value seen before or after is a key on both sides. */
    public record Counts(Map<String, Integer> grade, Map<String, Integer> temperature, Map<String, Integer> stage,
                  Map<String, Integer> priority) {
    }

    /** Moves between values, per dimension: most leads first. */
    public record Transitions(List<Transition> grade, List<Transition> temperature, List<Transition> stage,
                       List<Transition> priority) {
    }

    /** {@code leads} leads moved from {@code from} (baseline) to {@code to} (draft). */
    public record Transition(String from, String to, int leads) {
    }

    /**
     * Statistics of (score after - score before); null but the counts when no lead was scored by both versions.
     *
     * @param leadsCompared    leads scored by both versions
     * @param mean             to two decimals, half up
     * @param scoredOnlyBefore leads scored by the baseline only (INVALID with the draft)
     * @param scoredOnlyAfter  leads scored by the draft only
     */
    public record ScoreShift(int leadsCompared, BigDecimal mean, Integer min, Integer p10, Integer p25, Integer median,
                      Integer p75, Integer p90, Integer max, int scoredOnlyBefore, int scoredOnlyAfter) {
    }

    /** A lead whose score moves, and the rules that made the difference. */
    public record Mover(UUID leadId, int scoreBefore, int scoreAfter, int shift, String stageBefore, String stageAfter,
                 String temperatureBefore, String temperatureAfter, List<RuleDifference> rules) {
    }

    /** A rule that fired in one version only (null points on the other side), or with other points. */
    public record RuleDifference(String ruleId, Integer pointsBefore, Integer pointsAfter) {
    }
}
