package io.leadrules.rules.backtest.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suggested weights of the fit categories the data speaks about: their current weights' total shared out in
 * proportion to each category's best coefficient (0 for a category whose rows all lower the odds), in whole numbers
 * by largest remainder so the total stays exactly what it was and every weight of the workbook still adds up to 100.
 * No category with a positive coefficient: nothing to share by, so no weight is suggested (an empty map).
 */
final class CategoryShares {

    private CategoryShares() {
    }

    /** @param best per category, the largest coefficient of its rows; {@code total} the weights to share out */
    static Map<String, Integer> share(Map<String, Double> best, int total) {
        double positive = best.values().stream().mapToDouble(b -> Math.max(0, b)).sum();
        Map<String, Integer> shares = new LinkedHashMap<>();
        if (positive <= 0) {
            return shares;
        }
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Double> entry : best.entrySet()) {
            double exact = total * Math.max(0, entry.getValue()) / positive;
            int floor = (int) Math.floor(exact);
            shares.put(entry.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(entry.getKey(), exact - floor));
        }
        remainders.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < total - given; i++) {
            shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return shares;
    }
}
