package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
        neverRuns(target);
    }

    @Test
    void systemExitInASpreadsheetActionCellIsRefusedAtThatCell() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setCell("Grades", "E12", "System.exit(0);").file());

        assertThat(problem.get("cells").size()).as("one cell to fix, not one problem per row using it").isOne();
        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("file").asString()).isEqualTo("ProfileFit.drl.xlsx");
        assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
        assertThat(cell.get("cell").asString()).isEqualTo("E12");
        assertThat(cell.get("message").asString()).contains("are the product's code, not values",
                "this cell must read 'insert(new Grade(\"$param\", drools.getRule().getName()));'");
        assertThat(problem.get("detail").asString()).startsWith("1 problem in the rule files: ");
    }

    @Test
    void aFileWriteHiddenInASpreadsheetActionCellIsRefusedAtThatCell() {
        Path target = outside.resolve("from-a-cell.txt");

        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setCell("Grades", "E12", "insert(new Grade(\"$param\", drools.getRule().getName())); "
                        + "try { new java.io.File(\"" + target + "\").createNewFile(); } catch (Exception e) { }")
                .file());

        assertThat(problem.get("cells").valueStream().map(cell -> cell.get("cell").asString())).containsOnly("E12");
        neverRuns(target);
    }

    /** Issue 8's first attack: a whole rule written on the import line, whose consequence runs a command. */
    @Test
    void aRuleOnTheImportLineThatRunsACommandIsRefusedAtThatLine() {
        Path target = outside.resolve("import-line.txt");
        String drl = "package leadrules.data_quality;\n"
                + "import io.leadrules.rules.vocabulary.*; rule \"X\" when Lead() then "
                + "Runtime.getRuntime().exec(\"touch " + target + "\"); end\n";

        refusedAtLines(drl, target, 2);
    }

    @Test
    void anXmlDecoderSplitOverTwoLinesThatStartsAProcessIsRefused() {
        Path target = outside.resolve("xml-decoder.txt");
        String xml = "<java><object class='java.lang.ProcessBuilder'><array class='java.lang.String' length='2'>"
                + "<void index='0'><string>touch</string></void><void index='1'><string>" + target
                + "</string></void></array><void method='start'/></object></java>";
        String consequence = "Object decoded = new java\n        .beans.XMLDecoder(new java.io.ByteArrayInputStream(\""
                + xml + "\".getBytes())).readObject();";

        refusedAtLines(HOSTILE_DRL.formatted("", "", consequence), target, 12);
    }

    @Test
    void systemExitIsRefusedAndTheServiceLivesOn() {
        Path target = outside.resolve("exit.txt");

        refusedAtLines(HOSTILE_DRL.formatted("", "", "System.exit(42);"), target, 12);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            eval       | eval( touch("TARGET") )
            from       | $touched : Boolean() from touch("TARGET")
            accumulate | $n : Number() from accumulate( Activity(), sum( touch("TARGET") ? 1 : 0 ) )
            """)
    void codeInEvalFromAndAccumulateThroughAFunctionOnTheImportLineIsRefused(String where, String condition) {
        Path target = outside.resolve("function-" + where + ".txt");
        String drl = """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*; function boolean touch(String p) { try { return new java.io.File(p).createNewFile(); } catch (Exception e) { return false; } }

                rule "DQ-HOSTILE Looks like one more data-quality check"
                    ruleflow-group "data_quality"
                when
                    $lead : Lead()
                    %s
                then
                end
                """.formatted(condition.replace("TARGET", target.toString()));

        JsonNode problem = refusedWithNothingStored(UploadFile.text("Hostile.drl", drl));

        assertThat(lines(problem)).as("the function, refused where it is declared").contains(2);
        neverRuns(target);
    }

    @Test
    void theMvelDialectIsRefusedAtItsLine() {
        Path target = outside.resolve("mvel.txt");
        String drl = """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                rule "DQ-HOSTILE Looks like one more data-quality check"
                    ruleflow-group "data_quality"
                    dialect "mvel"
                when
                    $lead : Lead()
                then
                    new java.io.File("%s").createNewFile();
                end
                """.formatted(target);

        JsonNode problem = refusedWithNothingStored(UploadFile.text("Hostile.drl", drl));

        assertThat(lines(problem)).contains(6);
        neverRuns(target);
    }

    @Test
    void codeInTheImportCellOfATableIsRefusedAtThatCell() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setCell("Grades", "B6", "io.leadrules.rules.vocabulary.*; import java.lang.Runtime").file());

        assertThat(problem.get("cells").valueStream()).anySatisfy(cell -> {
            assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
            assertThat(cell.get("cell").asString()).isEqualTo("B6");
        });
    }

    /** A number cell of a decision table (Grades) and of a model table (Fit, its Match). */
    @ParameterizedTest(name = "sheet {0}, cell {1}")
    @CsvSource({"Grades, C14", "Fit, G14"})
    void aFormulaWithAHarmlessCachedValueAndCodeInItsTextIsRefusedAtItsCell(String sheet, String reference) {
        Path target = outside.resolve("formula-" + sheet + ".txt");

        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .setFormula(sheet, reference, "IF(TRUE,50,\"1); new java.io.File(\"\"" + target
                        + "\"\").createNewFile(); (\")", 50).file());

        assertThat(problem.get("cells").valueStream()).singleElement().satisfies(cell -> {
            assertThat(cell.get("sheet").asString()).isEqualTo(sheet);
            assertThat(cell.get("cell").asString()).isEqualTo(reference);
            assertThat(cell.get("message").asString()).contains("formula");
        });
        api.score(JourneyLeads.scoreRequest("Marketing Director"));
        assertThat(target).doesNotExist();
    }

    @Test
    void aRecursiveQueryThatWouldExhaustTheHeapIsRefusedWhileHealthAnswers() {
        String drl = """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                query deeper(int n)
                    Lead()
                    deeper(n + 1;)
                end

                rule "DQ-HOSTILE Looks like one more data-quality check"
                    ruleflow-group "data_quality"
                when
                    deeper(0;)
                then
                end
                """;

        JsonNode problem = whileHealthAnswers(() -> api.upload(UploadFile.text("Hostile.drl", drl)))
                .problem(422, "/problems/ruleset-invalid");

        assertThat(lines(problem)).contains(4);
    }

    @Test
    void threadSleepIsRefusedWhileHealthAnswers() {
        JsonNode problem = whileHealthAnswers(() -> api.upload(UploadFile.text("Hostile.drl",
                HOSTILE_DRL.formatted("", "", "Thread.sleep(15000);")))).problem(422, "/problems/ruleset-invalid");

        assertThat(lines(problem)).containsOnly(12);
    }

    @Test
    void aBacktrackingMatchesIsRefusedAtItsLine() {
        String drl = HOSTILE_DRL.formatted("", "", "").replace("$lead : Lead()",
                "$lead : Lead( email matches \"(a*)*\\\\1@x\" )");

        JsonNode problem = refusedWithNothingStored(UploadFile.text("Hostile.drl", drl));

        assertThat(lines(problem)).containsOnly(10);
    }

    @Test
    void aSelfRetriggeringRuleIsRefusedNamingTheLimitWhileHealthAnswers() {
        String drl = HOSTILE_DRL.formatted("", "", "insert(new Finding(\"LOOP\", \"lead\", Severity.INFO, \"again\", "
                + "drools.getRule().getName()));").replace("$lead : Lead()", "$lead : Lead()\n    Finding()")
                + """

                rule "DQ-HOSTILE-SEED A first finding"
                    ruleflow-group "data_quality"
                when
                    Lead()
                then
                    insert(new Finding("SEED", "lead", Severity.INFO, "first", drools.getRule().getName()));
                end
                """;
        List<String> versions = api.versionIds();

        JsonNode problem = whileHealthAnswers(() -> api.upload(UploadFile.text("Hostile.drl", drl)))
                .problem(422, "/problems/ruleset-limit-exceeded");

        assertThat(problem.get("limit").asString()).isEqualTo("firings");
        assertThat(problem.get("detail").asString()).contains("Hostile.drl, line 7");
        assertThat(api.versionIds()).isEqualTo(versions);
    }

    @Test
    void twentyThousandRulesAreRefusedByTheRuleCapWhileHealthAnswers() {
        String drl = "package leadrules.data_quality;\nimport io.leadrules.rules.vocabulary.*;\n"
                + IntStream.range(0, 20_000).mapToObj(i -> "rule \"DQ-MANY-" + i + " One of many\"\n"
                + "    ruleflow-group \"data_quality\"\nwhen\n    Lead( companySize == " + i + " )\nthen\nend\n")
                .collect(Collectors.joining("\n"));
        List<String> versions = api.versionIds();

        Answer answer = whileHealthAnswers(() -> api.upload(UploadFile.text("Many.drl", drl)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.text()).contains("rules; at most 2000 are allowed in one rule set");
        assertThat(api.versionIds()).isEqualTo(versions);
    }

    private void refusedAtLines(String drl, Path target, Integer... lines) {
        JsonNode problem = refusedWithNothingStored(UploadFile.text("Hostile.drl", drl));

        assertThat(problem.get("cells").valueStream()).allSatisfy(cell ->
                assertThat(cell.get("file").asString()).isEqualTo("Hostile.drl"));
        assertThat(lines(problem)).contains(lines);
        neverRuns(target);
    }

    private static List<Integer> lines(JsonNode problem) {
        return problem.get("cells").valueStream().map(cell -> cell.get("line").asInt()).toList();
    }

    /** Runs the upload on another thread and asks /actuator/health all the while: it must answer 200 each time. */
    private Answer whileHealthAnswers(Supplier<Answer> upload) {
        CompletableFuture<Answer> running = CompletableFuture.supplyAsync(upload);
        do {
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        } while (!running.isDone());
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        return running.join();
    }

    private JsonNode refusedWithNothingStored(UploadFile file) {
        return api.refusedWithNothingStored(Set.of("/problems/ruleset-invalid"), file);
    }

    /** The file the attack would create exists neither after the upload nor after the live rules scored a lead. */
    private void neverRuns(Path target) {
        assertThat(target).doesNotExist();
        api.score(JourneyLeads.scoreRequest("Marketing Director"));
        assertThat(target).doesNotExist();
    }
}
