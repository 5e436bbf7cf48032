package io.leadrules.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.RuleFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files added, removed, unchanged and changed between two versions, and the files that cannot be compared. */
class RuleSetDiffTest {

    @Test
    void identicalVersionsHaveNoChangesAtAll() {
        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.all());

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.unchangedFiles()).isEqualTo(ShippedFiles.all().stream().map(RuleFile::name).toList())
                .hasSize(15);
        assertThat(diff.addedFiles()).isEmpty();
        assertThat(diff.removedFiles()).isEmpty();
        assertThat(diff.changedFiles()).isEmpty();
        assertThat(diff.workbooks()).isEmpty();
        assertThat(diff.texts()).isEmpty();
        assertThat(diff.notes()).isEmpty();
        assertThat(diff.summary()).isEqualTo("No changes.");
    }

    @Test
    void filesAddedAndRemovedAreListedByName() {
        List<RuleFile> other = new ArrayList<>(ShippedFiles.all());
        other.removeIf(f -> f.name().equals("NextAction.drl"));
        other.add(ShippedFiles.text("Extra.drl", "package leadrules.extra;\n"));

        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), other);

        assertThat(diff.addedFiles()).containsExactly("Extra.drl");
        assertThat(diff.removedFiles()).containsExactly("NextAction.drl");
        assertThat(diff.changedFiles()).isEmpty();
        assertThat(diff.unchangedFiles()).hasSize(14).doesNotContain("NextAction.drl");
        assertThat(diff.summary()).isEqualTo("Added: Extra.drl\nRemoved: NextAction.drl");
    }

    @Test
    void anEditedDrlFileIsAUnifiedDiffWithThreeLinesOfContext() {
        String flow = new String(ShippedFiles.file("Flow.drl").content(), StandardCharsets.UTF_8);
        RuleFile edited = ShippedFiles.text("Flow.drl", flow.replace("salience 1000", "salience 900"));

        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.with(edited));

        assertThat(diff.changedFiles()).containsExactly("Flow.drl");
        assertThat(diff.texts()).containsExactly(new TextDiff("Flow.drl", 1, 1, """
                --- base/Flow.drl
                +++ other/Flow.drl
                @@ -6,7 +6,7 @@
                \s
                 rule "FLOW-START Check data quality, then consent, before anything is scored"
                     @reason("Every evaluation checks the data first, then the consent")
                -    salience 1000
                +    salience 900
                 when
                 then
                     drools.setFocus("validity");
                """));
        assertThat(diff.summary()).isEqualTo("Flow.drl: 1 line added, 1 removed");
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneLine() {
        RuleFile broken = new RuleFile("ProfileFit.drl.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));

        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.with(broken));
        RuleSetDiff back = RuleSetDiff.between(ShippedFiles.with(broken), ShippedFiles.all());

        assertThat(diff.changedFiles()).containsExactly("ProfileFit.drl.xlsx");
        assertThat(diff.workbooks()).isEmpty();
        assertThat(diff.notes()).containsExactly(
                new FileNote("ProfileFit.drl.xlsx", "not a readable workbook in the other version"));
        assertThat(diff.summary()).isEqualTo("ProfileFit.drl.xlsx: not a readable workbook in the other version");
        assertThat(back.notes()).extracting(FileNote::note)
                .containsExactly("not a readable workbook in the base version");
    }

    @Test
    void aBinaryFileThatIsNotATableIsOneLine() {
        RuleFile before = new RuleFile("More.scenarios.xlsx", new byte[] {'P', 'K', 0, 1});
        RuleFile after = new RuleFile("More.scenarios.xlsx", new byte[] {'P', 'K', 0, 2});

        RuleSetDiff diff = RuleSetDiff.between(List.of(before), List.of(after));

        assertThat(diff.notes())
                .containsExactly(new FileNote("More.scenarios.xlsx", "changed (a binary file: no line diff)"));
    }

    @Test
    void aTextFileThatTurnsBinaryIsOneLine() {
        RuleFile drl = ShippedFiles.text("Flow.drl", "package leadrules.flow;\n");
        RuleFile binary = new RuleFile("Flow.drl", new byte[] {(byte) 0xC3, (byte) 0x28});

        RuleSetDiff diff = RuleSetDiff.between(List.of(drl), List.of(binary));

        assertThat(diff.notes()).containsExactly(new FileNote("Flow.drl", "not readable text in the other version"));
    }

    @Test
    void aTextFileOverTheLineLimitIsRefusedInOneLine() {
        RuleFile small = ShippedFiles.text("Big.scenarios.csv", "a\n".repeat(20_000));
        RuleFile big = ShippedFiles.text("Big.scenarios.csv", "a\n".repeat(20_001));
        RuleFile edited = ShippedFiles.text("Big.scenarios.csv", "a\n".repeat(10_000) + "b\n" + "a\n".repeat(9_999));

        assertThat(RuleSetDiff.between(List.of(small), List.of(big)).notes()).containsExactly(
                new FileNote("Big.scenarios.csv", "too large to diff (more than 20,000 lines)"));
        assertThat(RuleSetDiff.between(List.of(small), List.of(edited)).texts()).singleElement()
                .satisfies(text -> assertThat(text.unifiedDiff()).contains("@@ -9998,7 +9998,7 @@\n"));
    }

    @Test
    void twoFilesOfOneNameInAVersionAreRefused() {
        RuleFile drl = ShippedFiles.text("Flow.drl", "package leadrules.flow;\n");

        assertThatThrownBy(() -> RuleSetDiff.between(List.of(drl, drl), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The base version has two files named Flow.drl");
    }
}
