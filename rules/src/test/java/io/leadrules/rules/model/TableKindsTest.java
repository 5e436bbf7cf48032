package io.leadrules.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The templates are data the product owns; these checks keep the data coherent when someone edits it. */
class TableKindsTest {

    @Test
    void aColumnIsANumberExactlyWhenItsSnippetUsesTheValueOutsideQuotes() {
        TableKinds.all().forEach(kind -> kind.columns().stream().filter(c -> c.snippet() != null).forEach(column ->
                assertThat(column.value() == ValueKind.NUMBER)
                        .as(kind.describe() + ": " + column.snippet())
                        .isEqualTo(column.snippet().replace("\"$param\"", "").contains("$param"))));
    }

    @Test
    void everyKindIsFoundByItsPackageAndTableNameAndNoTwoShareThem() {
        TableKinds.all().forEach(kind ->
                assertThat(TableKinds.find(kind.ruleSet(), kind.tableName())).containsSame(kind));
        assertThat(TableKinds.find("leadrules.fit", "Board")).isEmpty();
        assertThat(TableKinds.find(null, "Role")).isEmpty();
    }

    @Test
    void aMergedObjectTypeIsFollowedByTheColumnsItCovers() {
        TableKinds.all().forEach(kind -> {
            for (int i = 0; i < kind.columns().size(); i++) {
                int span = kind.columns().get(i).objectSpan();
                for (int covered = i + 1; covered < i + span; covered++) {
                    assertThat(kind.columns().get(covered).objectType()).as(kind.describe()).isNull();
                    assertThat(kind.columns().get(covered).keyword()).isEqualTo("CONDITION");
                }
            }
        });
    }
}
