package io.leadrules.app.lead.imports;

import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.dataset.DatasetFileException;
import io.leadrules.rules.dataset.DatasetLimits;
import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetReader;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.scenario.ActivityNotation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reads CSV imports as bulk scoring reads its CSV ({@link DatasetReader#forScoring}): attribute cells typed as the
 * active rule set declares them, activity offsets counted from the row's {@code createdAt} or {@code asOf}, else from
 * the instant the upload was accepted. The file's rows are never limited here: the upload's line count was.
 */
@Component
class CsvImportReading {

    private static final DatasetLimits LIMITS = new DatasetLimits(DatasetLimits.DEFAULTS.maxCellLength(),
            DatasetLimits.DEFAULTS.maxActivitiesCellLength(), ActivityNotation.MAX_EVENTS, Integer.MAX_VALUE);

    private final ActiveRuleSet rules;
    private final CsvRowMapper mapper;

    CsvImportReading(ActiveRuleSet rules, CsvRowMapper mapper) {
        this.rules = rules;
        this.mapper = mapper;
    }

    /** A 400 problem naming each column of line 1 that cannot be used, read from the kept file before it is queued. */
    void checkHeader(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            reader(Instant.EPOCH).checkHeader(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the import's file cannot be read", e);
        } catch (DatasetFileException e) {
            throw new ProblemException(LeadImportProblem.INVALID_FILE, e.getMessage() + ". Nothing was queued.")
                    .with("errors", e.problems().stream().map(CsvImportReading::headerProblem).toList());
        }
    }

    /** The column's letter as {@code field} (a header cell has no name the service knows), the header quoted. */
    private static FieldProblem headerProblem(DatasetProblem problem) {
        FieldProblem quoted = CsvLeadLines.problemOf(problem);
        return problem.column() == null ? new FieldProblem("line " + problem.line(), quoted.message()) : quoted;
    }

    LeadLines lines(InputStream in, Instant accepted) {
        return new CsvLeadLines(in, reader(accepted), mapper);
    }

    private DatasetReader reader(Instant accepted) {
        return DatasetReader.forScoring(LIMITS, rules.apply(CompiledRuleSet::attributes), accepted);
    }
}
