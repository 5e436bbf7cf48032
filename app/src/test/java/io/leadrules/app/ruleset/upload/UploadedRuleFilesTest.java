package io.leadrules.app.ruleset.upload;

import static io.leadrules.app.ruleset.upload.UploadFixtures.drl;
import static io.leadrules.app.ruleset.upload.UploadFixtures.refused;
import static io.leadrules.app.ruleset.upload.UploadFixtures.upload;
import static io.leadrules.app.ruleset.upload.UploadFixtures.utf8;
import static io.leadrules.app.ruleset.upload.UploadFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain files of an upload: their names, their sizes, and text that must be UTF-8. */
class UploadedRuleFilesTest {

    private final UploadedRuleFiles files = new UploadedRuleFiles(RuleSetUploadSettings.defaults());

    @Test
    void aDrlAndADecisionTableAreReadInUploadOrderByteForByte() {
        byte[] table = workbook(5);
        byte[] text = utf8("\uFEFFrule \"ENG-BOM\" when then end\n");

        List<RuleFile> read = files.read(List.of(upload("Points.drl.xlsx", table), upload("Bom.drl", text)));

        assertThat(read).extracting(RuleFile::name).containsExactly("Points.drl.xlsx", "Bom.drl");
        assertThat(read.get(0).content()).isEqualTo(table);
        assertThat(read.get(1).content()).isEqualTo(text);
    }

    @Test
    void theShippedRuleSetIsAcceptedAsItIs() {
        List<Upload> shipped = DefaultRuleSet.files().stream().map(f -> upload(f.name(), f.content())).toList();

        List<RuleFile> read = files.read(shipped);

        assertThat(read).extracting(RuleFile::name)
                .containsExactlyElementsOf(DefaultRuleSet.files().stream().map(RuleFile::name).toList());
    }

    @Test
    void onlyTheBaseNameOfAClientPathCounts() {
        List<RuleFile> read = files.read(List.of(drl("C:\\Users\\ana\\Flow.drl"), drl("/home/ana/rules/Other.DRL")));

        assertThat(read).extracting(RuleFile::name).containsExactly("Flow.drl", "Other.DRL");
    }

    @Test
    void aNameWithAnotherEndingSaysWhichEndingsAreAccepted() {
        ProblemException problem = refused(files, upload("Points.xlsx", workbook(2)));

        assertThat(problem.type()).isEqualTo(UploadProblem.INVALID_FILE_NAME);
        assertThat(problem.properties()).containsEntry("file", "Points.xlsx");
        assertThat(problem.getMessage()).contains("Points.xlsx is not a rule file", ".drl.xlsx", ".scenarios.csv",
                ".zip", "Rename it Points.drl.xlsx");
        assertThat(refused(files, upload("logo.png", new byte[] {1})).type()).isEqualTo(UploadProblem.INVALID_FILE_NAME);
    }

    @Test
    void emptyOverlongAndControlCharacterNamesAreRefused() {
        for (String name : List.of("", "rules/", "a".repeat(197) + ".drl", "Flow\n.drl", "Flow\u202E.drl", ".drl", "  .drl.xlsx")) {
            assertThat(refused(files, drl(name)).type()).as(name).isEqualTo(UploadProblem.INVALID_FILE_NAME);
        }
        assertThat(files.read(List.of(drl("a".repeat(196) + ".drl")))).hasSize(1);
        assertThat(refused(files, drl("Flow\u0000.drl")).properties()).containsEntry("file", "Flow?.drl");
    }

    @Test
    void twoFilesOfTheSameNameAreRefusedWhateverTheirCase() {
        ProblemException problem = refused(files, drl("Flow.drl"), drl("a/Other.drl"), drl("FLOW.drl"));

        assertThat(problem.type()).isEqualTo(UploadProblem.DUPLICATE_FILE_NAME);
        assertThat(problem.properties()).containsEntry("file", "FLOW.drl");
        assertThat(problem.getMessage()).contains("Flow.drl and FLOW.drl");
    }

    @Test
    void aFileOverFiveMegabytesIsTooLargeAndOneOfExactlyFiveIsNot() {
        byte[] limit = new byte[5 * 1024 * 1024];
        Arrays.fill(limit, (byte) 'x');

        assertThat(files.read(List.of(upload("Big.drl", limit)))).hasSize(1);
        ProblemException problem = refused(files, upload("Big.drl", Arrays.copyOf(limit, limit.length + 1)));
        assertThat(problem.type()).isEqualTo(UploadProblem.RULE_FILE_TOO_LARGE);
        assertThat(problem.type().status().value()).isEqualTo(413);
        assertThat(problem.properties()).containsEntry("file", "Big.drl");
        assertThat(problem.getMessage()).contains("5242881 bytes", "5 MB (5242880 bytes)");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = "rule \"A\"\nwhen\n// Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        ProblemException problem = refused(files, upload("Flow.drl", latin1));

        assertThat(problem.type()).isEqualTo(UploadProblem.NOT_A_TEXT_FILE);
        assertThat(problem.getMessage()).contains("Flow.drl is not UTF-8 text: line 3", "Save it as UTF-8");
        assertThat(refused(files, upload("Cut.scenarios.csv", new byte[] {'a', (byte) 0xC3})).type())
                .isEqualTo(UploadProblem.NOT_A_TEXT_FILE);
    }

    @Test
    void aNulByteIsNotText() {
        ProblemException problem = refused(files, upload("Flow.drl", "rule\n\u0000".getBytes(
                StandardCharsets.UTF_16LE)));

        assertThat(problem.type()).isEqualTo(UploadProblem.NOT_A_TEXT_FILE);
        assertThat(problem.getMessage()).contains("NUL byte on line 1", "UTF-16");
    }

    @Test
    void anEmptyUploadHoldsNoRuleFiles() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> files.read(List.of()));

        assertThat(problem.type()).isEqualTo(UploadProblem.NO_RULE_FILES);
        assertThat(catchThrowableOfType(ProblemException.class, () -> files.read(null)).type())
                .isEqualTo(UploadProblem.NO_RULE_FILES);
    }
}
