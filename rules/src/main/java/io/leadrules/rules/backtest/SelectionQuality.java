package io.leadrules.rules.backtest;

/**
 * How good a yes/no selection ("stage is MQL or SQL") is at catching converters.
 *
 * @param selectedConverted selected leads that converted
 * @param precision         {@code selectedConverted / selected}: how many it lets in for each converter; null
 *                          when nothing was selected
 * @param recall            {@code selectedConverted / converted}: the share of all converters it catches; null
 *                          when no lead converted
 */
public record SelectionQuality(int leads, int converted, int selected, int selectedConverted, Double precision,
                               Double recall) {
}
