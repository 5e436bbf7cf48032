package io.leadrules.rules.backtest.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function closest (least squares) to the
 * observed conversion by score. Leads are first summed per score (101 cells), so the fit is O(n) in leads and
 * O(101) in the pooling. Adjacent blocks of equal rate are pooled too: fewer steps, the same curve.
 */
final class Isotonic {

    private Isotonic() {
    }

    static List<CalibrationCurve.Step> fit(int[] scores, boolean[] converted) {
        long[] leads = new long[101];
        long[] converters = new long[101];
        for (int i = 0; i < scores.length; i++) {
            leads[scores[i]]++;
            converters[scores[i]] += converted[i] ? 1 : 0;
        }
        List<Block> blocks = new ArrayList<>();
        for (int score = 0; score <= 100; score++) {
            if (leads[score] > 0) {
                blocks.add(new Block(score, converters[score], leads[score]));
                poolViolators(blocks);
            }
        }
        return blocks.stream().map(b -> new CalibrationCurve.Step(b.fromScore, (double) b.converters / b.leads,
                Math.toIntExact(b.leads))).toList();
    }

    /** While the last block's rate is not above the one before it, the two become one block. */
    private static void poolViolators(List<Block> blocks) {
        while (blocks.size() > 1) {
            Block last = blocks.get(blocks.size() - 1);
            Block previous = blocks.get(blocks.size() - 2);
            if (previous.converters * last.leads < last.converters * previous.leads) {
                return;
            }
            blocks.remove(blocks.size() - 1);
            blocks.set(blocks.size() - 1, new Block(previous.fromScore, previous.converters + last.converters,
                    previous.leads + last.leads));
        }
    }

    private record Block(int fromScore, long converters, long leads) {
    }
}
