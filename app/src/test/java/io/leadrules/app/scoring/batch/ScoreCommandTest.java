package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code score} command end to end, in-process: files in and out, stdin/stdout, and its exit codes. */
class ScoreCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void scoresACsvFileIntoACsvFileInInputOrderWithErrorRows() throws Exception {
        Path input = Files.writeString(folder.resolve("leads.csv"), """
                externalId,jobTitle,companySize,activities
                crm-1,Marketing Director,250,DEMO_REQUESTED@-1d
                crm-2,CEO,lots,
                crm-3,,,PAGE_VIEW x3@-2d..-1d
                """);
        Path output = folder.resolve("scores.csv");

        int exit = run("score", "--input", input.toString(), "--output", output.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> rows = Files.readAllLines(output);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("2,2,crm-1,true,");
        assertThat(rows.get(2)).startsWith("3,").contains("/problems/invalid-row");
        assertThat(rows.get(3)).startsWith("4,4,crm-3,");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 lines").contains("1 errors").contains("done");
    }

    @Test
    void activitiesAsASecondFileScoreAsTheNotationDoes() throws Exception {
        Path notation = Files.writeString(folder.resolve("notation.csv"), BatchActivitiesFileTest.LEADS_WITH_NOTATION);
        Path leads = Files.writeString(folder.resolve("leads.csv"), BatchActivitiesFileTest.LEADS);
        Path activities = Files.writeString(folder.resolve("acts.csv"), BatchActivitiesFileTest.ACTIVITIES);

        int first = run("score", "--input", notation.toString(), "--output", folder.resolve("a.csv").toString());
        int second = run("score", "--input", leads.toString(), "--activities", activities.toString(), "--output",
                folder.resolve("b.csv").toString());

        assertThat(first).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(second).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> answers = Files.readAllLines(folder.resolve("b.csv"));
        assertThat(answers).hasSize(4).isEqualTo(Files.readAllLines(folder.resolve("a.csv")));
        assertThat(answers.get(1)).contains("ENG-DEMO_REQUESTED");
    }

    @Test
    void activitiesWithAnNdjsonInputAreAUsageError() throws Exception {
        int exit = run("score", "--input", "leads.ndjson", "--activities", "acts.csv", "--output", "-");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--activities goes with a CSV --input");
    }

    @Test
    void readsNdjsonFromStdinAndWritesNdjsonToStdout() throws Exception {
        String body = BatchScoringTest.lead(1) + "\n" + BatchScoringTest.lead(2) + "\n";

        int exit = ScoreCommand.run(new String[] {"score", "--input", "-", "--input-format", "ndjson", "--output",
                "-"}, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), print(out), print(err));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(JsonMapper.shared()::readTree)
                .toList();
        assertThat(lines).extracting(line -> line.path("externalId").asString(""))
                .containsExactly("lead-1", "lead-2", "");
        assertThat(lines.get(2).get("summary").get("scored").asInt()).isEqualTo(2);
    }

    @Test
    void aMissingInputFileExitsWithOneAndAnUnknownOptionWithTwo() {
        assertThat(run("score", "--input", folder.resolve("none.csv").toString(), "--output",
                folder.resolve("out.csv").toString())).isEqualTo(1);
        assertThat(run("score", "--input", "a.csv", "--output", "b.csv", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.csv").contains("unknown option --colour");
    }

    private int run(String... args) {
        return ScoreCommand.run(args, new ByteArrayInputStream(new byte[0]), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
