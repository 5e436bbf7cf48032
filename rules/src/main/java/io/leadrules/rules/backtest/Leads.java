package io.leadrules.rules.backtest;

import io.leadrules.rules.backtest.UndefinedMetricException.Reason;

/** The checks every metric makes on its arrays before counting anything. */
final class Leads {

    private Leads() {
    }

    static void sameLength(int expected, int actual, String what) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + " has " + actual + " entries but there are " + expected
                    + " outcomes: one entry per lead is needed");
        }
    }

    /** Every score is a finite number; -0.0 and 0.0 are the same score. */
    static double[] finiteScores(double[] scores, String what) {
        double[] copy = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException(what + " of lead " + i + " is " + scores[i]
                        + ": every score must be a finite number");
            }
            copy[i] = scores[i] + 0.0;
        }
        return copy;
    }

    static int converted(boolean[] converted) {
        int count = 0;
        for (boolean c : converted) {
            if (c) {
                count++;
            }
        }
        return count;
    }

    /** Leads of both outcomes (two of each when {@code twoOfEach}, as a variance needs); otherwise why not. */
    static void bothOutcomes(int leads, int converted, boolean twoOfEach) {
        if (leads == 0) {
            throw new UndefinedMetricException(Reason.NO_LEADS);
        }
        if (converted == 0) {
            throw new UndefinedMetricException(Reason.NO_CONVERTED_LEADS);
        }
        if (converted == leads) {
            throw new UndefinedMetricException(Reason.NO_UNCONVERTED_LEADS);
        }
        if (twoOfEach && converted < 2) {
            throw new UndefinedMetricException(Reason.ONE_CONVERTED_LEAD);
        }
        if (twoOfEach && leads - converted < 2) {
            throw new UndefinedMetricException(Reason.ONE_UNCONVERTED_LEAD);
        }
    }
}
