package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rule code that would reach outside the vocabulary, uploaded over HTTP. An upload is compiled and its scenarios run
 * at once, so a hostile rule that got through would run right there: each is refused with a 422 naming the file and
 * line (or cell), nothing is stored, and the file it would have written does not exist, not even after a lead is
 * scored. The engine-level corpus is {@code RuleSafetyTest} in the rules module; these are the same gates end to end.
 */
@RuleVersionServiceTest
class HostileRuleCodeTest {

    /** Lines 4, 5 and 12 hold the import, the declaration and the consequence of each attack. */
    private static final String HOSTILE_DRL = """
            package leadrules.data_quality;

            import io.leadrules.rules.vocabulary.*;
            %s
            %s

            rule "DQ-HOSTILE Looks like one more data-quality check"
                ruleflow-group "data_quality"
            when
                $lead : Lead()
            then
                %s
            end
            """;

    @TempDir
    static Path outside;

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            write a file by its full class name  | -                         | -                                              | try { new java.io.File("TARGET").createNewFile(); } catch (Exception e) { }                     | 12
            Files.writeString by its full name   | -                         | -                                              | try { java.nio.file.Files.writeString(java.nio.file.Path.of("TARGET"), "owned"); } catch (Exception e) { } | 12
            Files.writeString imported           | import java.nio.file.*;   | -                                              | try { Files.writeString(Path.of("TARGET"), "owned"); } catch (Exception e) { }                  | 4;12
            run a command from import Runtime    | import java.lang.Runtime; | -                                              | try { Runtime.getRuntime().exec("touch TARGET"); } catch (Exception e) { }                      | 4;12
            a function that writes the file      | -                         | function void touch(String path) { try { new java.io.File(path).createNewFile(); } catch (Exception e) { } } | touch("TARGET");            | 5
            a global to smuggle a list in        | -                         | global java.util.List sink;                    | sink.add("TARGET");                                                                              | 5
            """)
    void hostileDrlIsRefusedAtItsLinesAndNeverRuns(String attack, String imports, String declaration,
                                                   String consequence, String lines) {
        Path target = outside.resolve(attack.replaceAll("\\W+", "-") + ".txt");
        String drl = HOSTILE_DRL.formatted(imports == null ? "" : imports, declaration == null ? "" : declaration,
                consequence.replace("TARGET", target.toString()));

        JsonNode problem = refusedWithNothingStored(UploadFile.text("Hostile.drl", drl));

        assertThat(problem.get("cells").valueStream()).allSatisfy(cell -> {
            assertThat(cell.get("file").asString()).isEqualTo("Hostile.drl");
            assertThat(cell.get("message").asString()).contains("not allowed");
        });
        assertThat(problem.get("cells").valueStream().map(cell -> cell.get("line").asInt()))
                .containsExactlyElementsOf(List.of(lines.split(";")).stream().map(Integer::valueOf).toList());
        assertThat(target).doesNotExist();
        api.score(JourneyLeads.scoreRequest("Marketing Director"));
        assertThat(target).doesNotExist();
    }

    @Test
    void systemExitInASpreadsheetActionCellIsRefusedAtThatCell() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setCell("Role", "D12", "System.exit(0);").file());

        assertThat(problem.get("cells").size()).as("one cell to fix, not one problem per row using it").isOne();
        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("file").asString()).isEqualTo("ProfileFit.drl.xlsx");
        assertThat(cell.get("sheet").asString()).isEqualTo("Role");
        assertThat(cell.get("cell").asString()).isEqualTo("D12");
        assertThat(cell.get("message").asString()).contains("are the product's code, not values",
                "this cell must read 'insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));'");
        assertThat(problem.get("detail").asString()).startsWith("1 problem in the rule files: ");
    }

    @Test
    void aFileWriteHiddenInASpreadsheetActionCellIsRefusedAtThatCell() {
        Path target = outside.resolve("from-a-cell.txt");

        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setCell("Role", "D12", "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName())); "
                        + "try { new java.io.File(\"" + target + "\").createNewFile(); } catch (Exception e) { }")
                .file());

        assertThat(problem.get("cells").valueStream().map(cell -> cell.get("cell").asString())).containsOnly("D12");
        assertThat(target).doesNotExist();
        api.score(JourneyLeads.scoreRequest("Marketing Director"));
        assertThat(target).doesNotExist();
    }

    private JsonNode refusedWithNothingStored(UploadFile file) {
        List<String> versions = api.versionIds();
        String active = api.activeId();

        JsonNode problem = api.upload(file).problem(422, "/problems/ruleset-invalid");

        assertThat(api.versionIds()).isEqualTo(versions);
        assertThat(api.activeId()).isEqualTo(active);
        assertThat(Files.exists(outside)).isTrue();
        return problem;
    }
}
