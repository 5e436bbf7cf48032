package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void rowsFollowTheGivenOrderThenUnlistedKeysSortedAndMissingKeysAreCounted() {
        String[] grades = {"B", "A", null, "A", "Z", " ", "B", "E"};
        boolean[] converted = {false, true, true, false, false, false, true, true};

        CategoryTable table = Categories.conversionBy(grades, converted, List.of("A", "B", "C", "D"));

        assertThat(table.rows()).containsExactly(
                new CategoryRow("A", Conversion.of(2, 1)),
                new CategoryRow("B", Conversion.of(2, 1)),
                new CategoryRow("C", new Conversion(0, 0, null)),
                new CategoryRow("D", new Conversion(0, 0, null)),
                new CategoryRow("E", Conversion.of(1, 1)),
                new CategoryRow("Z", Conversion.of(1, 0)));
        assertThat(table.missing()).isEqualTo(Conversion.of(2, 1));
    }

    @Test
    void withoutAnOrderRowsAreSortedByKey() {
        CategoryTable table = Categories.conversionBy(new String[] {"SQL", "MQL", "LEAD"},
                new boolean[] {true, false, false}, List.of());

        assertThat(table.rows()).extracting(CategoryRow::key).containsExactly("LEAD", "MQL", "SQL");
        assertThat(table.missing()).isEqualTo(new Conversion(0, 0, null));
    }

    @Test
    void aCategoryCalledMissingIsNotMistakenForMissingKeys() {
        CategoryTable table = Categories.conversionBy(new String[] {"missing", null}, new boolean[] {true, false},
                List.of());

        assertThat(table.rows()).containsExactly(new CategoryRow("missing", Conversion.of(1, 1)));
        assertThat(table.missing()).isEqualTo(Conversion.of(1, 0));
    }
}
