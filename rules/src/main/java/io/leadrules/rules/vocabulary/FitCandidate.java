package io.leadrules.rules.vocabulary;

/**
 * A row of the Fit table matched the lead. Its points were worked out when the rule set was compiled (the row's
 * Points, or round_half_up(weight x match / 100) with its category's weight): per category, the candidate with the
 * most points counts.
 *
 * @param field  the lead member the row tests ({@code lead.jobTitle}, {@code lead.attributes.timeOnSite})
 * @param detail how the points were reached ("match 80% of weight 30"), shown in the explanation
 */
public record FitCandidate(String category, String field, int points, String detail, String rule) {

    public FitCandidate {
        ResultText.check(category, field, detail, rule);
    }
}
