package io.leadrules.app.ruleset.upload;

import static io.leadrules.app.ruleset.upload.UploadFixtures.DRL;
import static io.leadrules.app.ruleset.upload.UploadFixtures.drl;
import static io.leadrules.app.ruleset.upload.UploadFixtures.entries;
import static io.leadrules.app.ruleset.upload.UploadFixtures.refused;
import static io.leadrules.app.ruleset.upload.UploadFixtures.upload;
import static io.leadrules.app.ruleset.upload.UploadFixtures.utf8;
import static io.leadrules.app.ruleset.upload.UploadFixtures.workbook;
import static io.leadrules.app.ruleset.upload.UploadFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** A rule set uploaded as one .zip: unpacked in order, and refused whole when it is damaged or hostile. */
class ArchiveUploadTest {

    private static final long GIGABYTE = 1024L * 1024 * 1024;

    private final UploadedRuleFiles files = new UploadedRuleFiles(RuleSetUploadSettings.defaults());

    @Test
    void aZipOfARuleSetInATopFolderIsUnpackedInArchiveOrderByteForByte() {
        byte[] table = workbook(3);
        byte[] scenarios = workbook(2);
        byte[] csv = utf8("name,expectStage\nIdeal persona,SQL\n");
        byte[] archive = zip(entries("LeadRules/", new byte[0], "LeadRules/Flow.drl", utf8(DRL),
                "LeadRules/Points.drl.xlsx", table, "__MACOSX/LeadRules/._Flow.drl", new byte[] {0, 5, 22},
                "LeadRules/.DS_Store", new byte[] {0, 0, 0, 1}, "LeadRules/~$Points.drl.xlsx", new byte[] {7},
                "LeadRules/Default.scenarios.csv", csv, "LeadRules/Checks.scenarios.xlsx", scenarios));

        List<RuleFile> read = files.read(List.of(drl("Before.drl"), upload("LeadRules.zip", archive),
                drl("After.drl")));

        assertThat(read).extracting(RuleFile::name).containsExactly("Before.drl", "Flow.drl", "Points.drl.xlsx",
                "Default.scenarios.csv", "Checks.scenarios.xlsx", "After.drl");
        assertThat(read.get(1).content()).isEqualTo(utf8(DRL));
        assertThat(read.get(2).content()).isEqualTo(table);
        assertThat(read.get(3).content()).isEqualTo(csv);
        assertThat(read.get(4).content()).isEqualTo(scenarios);
    }

    @Test
    void foldersCountForNothingSoTheSameNameInTwoFoldersIsADuplicate() {
        assertThat(files.read(List.of(upload("Rules.zip", zip(entries("a/b/c/Flow.drl", utf8(DRL),
                "./Other.drl", utf8(DRL)))))))
                .extracting(RuleFile::name).containsExactly("Flow.drl", "Other.drl");

        ProblemException problem = refused(files, upload("Rules.zip",
                zip(entries("v1/Flow.drl", utf8(DRL), "v2/Flow.drl", utf8(DRL)))));

        assertThat(problem.type()).isEqualTo(UploadProblem.DUPLICATE_FILE_NAME);
        assertThat(problem.properties()).containsEntry("file", "Rules.zip").containsEntry("entry", "v2/Flow.drl");
        assertThat(problem.getMessage()).contains("v1/Flow.drl in Rules.zip and v2/Flow.drl in Rules.zip");
    }

    @Test
    void aGigabyteOfZerosStopsAtTheFileLimitNamingTheEntry() throws IOException {
        byte[] bomb = ZipBombs.zeros("rules/Huge.drl", 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bomb))) {
            assertThat(in.getNextEntry().getSize()).as("the entry says what it unpacks to").isEqualTo(GIGABYTE);
        }
        assertThat(bomb.length).as("about a megabyte on the wire").isLessThan(1_100_000);

        ProblemException problem = refused(files, upload("Rules.zip", bomb));

        assertThat(problem.type()).isEqualTo(UploadProblem.RULE_FILE_TOO_LARGE);
        assertThat(problem.properties()).containsEntry("file", "Rules.zip").containsEntry("entry", "rules/Huge.drl");
        assertThat(problem.getMessage()).contains("rules/Huge.drl in Rules.zip unpacks to more than 5 MB");
    }

    @Test
    void moreThanAHundredEntriesIsAnUnsafeArchive() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 1; i <= 101; i++) {
            many.put("rules/R" + i + ".drl", utf8(DRL));
        }

        ProblemException problem = refused(files, upload("Rules.zip", zip(many)));

        assertThat(problem.type()).isEqualTo(UploadProblem.UNSAFE_ARCHIVE);
        assertThat(problem.properties()).containsEntry("entry", "rules/R101.drl");
        assertThat(problem.getMessage()).contains("more than 100 entries");
    }

    @Test
    void unpackingToMoreThanFiftyMegabytesInAllIsAnUnsafeArchive() {
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        Arrays.fill(fiveMegabytes, (byte) ' ');
        Map<String, byte[]> eleven = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            eleven.put("R" + i + ".drl", fiveMegabytes);
        }

        ProblemException problem = refused(files, upload("Rules.zip", zip(eleven)));

        assertThat(problem.type()).isEqualTo(UploadProblem.UNSAFE_ARCHIVE);
        assertThat(problem.properties()).containsEntry("entry", "R11.drl");
        assertThat(problem.getMessage()).contains("Rules.zip unpacks to more than 50 MB (52428800 bytes) in all");
    }

    @Test
    void anEntryWhosePathLeavesItsFolderRefusesTheZip() {
        for (String path : List.of("../evil.drl", "rules/../../evil.drl", "/etc/evil.drl", "C:/evil.drl",
                "rules\\..\\..\\evil.drl")) {
            ProblemException problem = refused(files, upload("Rules.zip", zip(entries(path, utf8(DRL)))));

            assertThat(problem.type()).as(path).isEqualTo(UploadProblem.UNSAFE_ARCHIVE);
            assertThat(problem.getMessage()).as(path).contains("leaves its folder");
        }
    }

    @Test
    void aZipInsideAZipIsNotRead() {
        byte[] inner = zip(entries("Flow.drl", utf8(DRL)));

        ProblemException problem = refused(files, upload("Rules.zip", zip(entries("rules/Inner.zip", inner))));

        assertThat(problem.type()).isEqualTo(UploadProblem.INVALID_FILE_NAME);
        assertThat(problem.properties()).containsEntry("entry", "rules/Inner.zip");
        assertThat(problem.getMessage()).contains("zip inside a zip");
    }

    @Test
    void anEmptyZipOrOneOfHiddenFilesHoldsNoRuleFiles() {
        for (byte[] archive : List.of(zip(entries()), zip(entries("rules/", new byte[0], ".DS_Store", new byte[1])))) {
            ProblemException problem = refused(files, upload("Rules.zip", archive));

            assertThat(problem.type()).isEqualTo(UploadProblem.NO_RULE_FILES);
            assertThat(problem.properties()).containsEntry("file", "Rules.zip");
        }
    }

    @Test
    void aDamagedTruncatedOrPasswordProtectedZipIsCorrupt() {
        byte[] whole = zip(entries("Flow.drl", utf8(DRL.repeat(50))));
        byte[] encrypted = whole.clone();
        encrypted[6] |= 1;

        assertThat(refused(files, upload("Rules.zip", utf8("not a zip at all"))).type())
                .isEqualTo(UploadProblem.CORRUPT_RULE_FILE);
        assertThat(refused(files, upload("Rules.zip", Arrays.copyOf(whole, whole.length / 2))).getMessage())
                .contains("cut short or damaged");
        assertThat(refused(files, upload("Rules.zip", encrypted)).getMessage()).contains("password");
    }

    @Test
    void theFilesInsideAreCheckedLikeUploadedOnesAndNamedByTheirEntry() {
        ProblemException name = refused(files, upload("Rules.zip", zip(entries("rules/Points.xlsx", workbook(2)))));
        ProblemException text = refused(files, upload("Rules.zip", zip(entries("rules/Flow.drl", new byte[] {
                'r', (byte) 0xFF}))));

        assertThat(name.type()).isEqualTo(UploadProblem.INVALID_FILE_NAME);
        assertThat(name.properties()).containsEntry("entry", "rules/Points.xlsx");
        assertThat(text.type()).isEqualTo(UploadProblem.NOT_A_TEXT_FILE);
        assertThat(text.getMessage()).startsWith("rules/Flow.drl in Rules.zip is not UTF-8 text");
    }
}
