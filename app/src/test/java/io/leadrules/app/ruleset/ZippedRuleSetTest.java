package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A zip of a whole rule set, as marketing ops would zip the folder they keep it in: it is the new version's whole
 * set of files (files of the base version it leaves out are not carried over), and the same files give the same
 * content hash.
 */
@RuleVersionServiceTest
class ZippedRuleSetTest {

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aZipOfTheShippedFilesInAFolderIsAVersionWithTheSameFilesAndHash() throws IOException {
        JsonNode version = api.uploaded(new UploadFile("ruleset.zip", zip("leadrules/", DefaultRuleSet.files())));

        JsonNode shipped = api.get("/api/v1/rulesets/1").json(200);
        assertThat(version.get("contentHash").asString()).isEqualTo(shipped.get("contentHash").asString());
        assertThat(names(version)).isEqualTo(names(shipped));
        assertThat(version.get("label").asString()).isEqualTo("Rule set ruleset.zip");
        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
    }

    @Test
    void aZipIsTheWholeSetSoFilesItLeavesOutAreNotCarriedOver() throws IOException {
        List<RuleFile> withoutScenarios = DefaultRuleSet.files().stream().filter(file -> !file.isScenarios()).toList();

        JsonNode version = api.uploaded(new UploadFile("no-scenarios.zip", zip("", withoutScenarios)));

        assertThat(names(version)).doesNotContain("DefaultScenarios.scenarios.csv").hasSize(withoutScenarios.size());
        assertThat(version.get("lastTest").get("scenarios").asInt()).isZero();
    }

    private static List<String> names(JsonNode version) {
        return version.get("files").valueStream().map(file -> file.get("name").asString()).toList();
    }

    static byte[] zip(String folder, List<RuleFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RuleFile file : files) {
                zip.putNextEntry(new ZipEntry(folder + file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
