package io.leadrules.rules.backtest;

/**
 * One decile of the gains table, best scores first.
 *
 * @param decile            1 for the top-scored tenth of the leads, 10 for the lowest
 * @param conversion        the leads in this decile and how many converted
 * @param cumulativeLeads   leads in this decile and every decile above it
 * @param cumulativeShare   {@code cumulativeLeads} as a share of all leads (the x of a gains chart)
 * @param gain              share of all converters found in this decile and above (the y of a gains chart)
 * @param lift              this decile's conversion rate over the overall rate
 * @param cumulativeLift    the conversion rate of this decile and above over the overall rate
 */
public record DecileRow(int decile, double minScore, double maxScore, Conversion conversion, int cumulativeLeads,
                        int cumulativeConverted, double cumulativeShare, double gain, double lift,
                        double cumulativeLift) {
}
