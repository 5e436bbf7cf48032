package io.leadrules.rules.backtest.suggest;

/**
 * Which observations the fit does not see: a lead is held out when a stable hash of its index and the seed falls
 * under the share. A hash rather than a shuffled list so the choice of one lead depends on nothing but its index and
 * the seed: the backtest can tell the same holdout again from the settings alone.
 */
final class Holdout {

    private Holdout() {
    }

    static boolean[] choose(int leads, long seed, double share) {
        boolean[] held = new boolean[leads];
        for (int i = 0; i < leads; i++) {
            held[i] = unit(mix(seed ^ mix(i + 0x9E3779B97F4A7C15L))) < share;
        }
        return held;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, 2014): every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
