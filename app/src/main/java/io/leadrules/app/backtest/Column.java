package io.leadrules.app.backtest;

import java.util.Arrays;

/**
 * A growing column of one value per lead, in primitives: a million leads cost a few megabytes, so a backtest's memory
 * stays flat whatever it reads, apart from these.
 */
final class Column {

    private double[] numbers = new double[1024];
    private boolean[] flags = new boolean[1024];
    private int size;

    void add(double number, boolean flag) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        numbers[size] = number;
        flags[size] = flag;
        size++;
    }

    double[] numbers() {
        return Arrays.copyOf(numbers, size);
    }

    boolean[] flags() {
        return Arrays.copyOf(flags, size);
    }

    int size() {
        return size;
    }
}
