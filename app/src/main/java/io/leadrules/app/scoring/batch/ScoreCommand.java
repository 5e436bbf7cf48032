package io.leadrules.app.scoring.batch;

import io.leadrules.app.decision.ScoreResponseMapper;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompilationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import org.mapstruct.factory.Mappers;

/**
 * {@code java -jar app.jar score --input leads.csv --output scores.csv}: bulk scoring for people without a server,
 * through the very pipeline of {@code POST /api/v1/scores/batch}, with no web server and no database. A progress
 * line on stderr. Exit code 0 when the file was scored (error lines included), 1 when a file or the rules cannot be
 * read or written, 2 for a usage error.
 */
public final class ScoreCommand {

    public static final String NAME = "score";

    private ScoreCommand() {
    }

    /** Logging goes to stderr, warnings only: stdout may be the answers ({@code --output -}). */
    private static final String LOGGING = "score-command-logback.xml";

    /**
     * The command as {@code main} runs it: logging set up first for the whole process (a system property, so only
     * here, never in {@link #run}, which tests call in a JVM that goes on to start Spring contexts).
     */
    public static int runProcess(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING);
        }
        return run(args, System.in, System.out, System.err);
    }

    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("score: " + e.getMessage());
            stderr.println(CommandOptions.USAGE);
            return 2;
        }
        try {
            return score(options, stdin, stdout, stderr);
        } catch (IOException | RuleSetCompilationException | ProblemException e) {
            stderr.println();
            stderr.println("score: " + e.getMessage());
            return 1;
        }
    }

    private static int score(CommandOptions options, InputStream stdin, PrintStream stdout, PrintStream stderr)
            throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = BatchWorkers.pool(threads);
        ScoreResponseMapper answers = Mappers.getMapper(ScoreResponseMapper.class);
        try (CompiledRuleSet rules = CommandRules.compile(options.rules());
             InputStream in = open(options.input(), stdin);
             InputStream activities = options.activities() == null ? null : open(options.activities(), stdin);
             OutputStream out = create(options.output(), stdout)) {
            BatchScoring scoring = new BatchScoring(BatchParts.standalone(), workers, threads);
            BatchRequest request = new BatchRequest(options.inputFormat(), options.outputFormat(), options.explain(),
                    rules, answers::toResponse,
                    (input, set) -> set.evaluate(input, CompiledRuleSet.DEFAULT_MAX_FIRINGS), Instant.now());
            CommandProgress progress = new CommandProgress(stderr);
            BatchTally tally = scoring.run(request, in, activities, out, progress::show);
            progress.done(tally);
            return 0;
        } finally {
            workers.shutdown();
        }
    }

    private static InputStream open(String input, InputStream stdin) throws IOException {
        return input.equals("-") ? new KeptOpen.In(stdin) : Files.newInputStream(Path.of(input));
    }

    private static OutputStream create(String output, PrintStream stdout) throws IOException {
        return output.equals("-") ? new KeptOpen.Out(stdout) : Files.newOutputStream(Path.of(output));
    }
}
