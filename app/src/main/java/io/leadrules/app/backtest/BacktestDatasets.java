package io.leadrules.app.backtest;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.dataset.DatasetFileException;
import io.leadrules.rules.dataset.DatasetLimits;
import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetReader;
import io.leadrules.rules.dataset.DatasetSummary;
import io.leadrules.rules.model.AttributeDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Uploaded datasets: each is copied to a file of its own (as it streams in, under its own body limit) and read once
 * to check it before any job is queued, so a file that is not a dataset is refused at once, naming the line and the
 * column, and leaves nothing behind. A checked file is then kept in the shared database with its backtest
 * ({@link DatasetChunks}), so that whichever instance runs or resumes the backtest reads it, and the file goes. It holds
 * personal data: what is in the database goes when the backtest ends, and a file left by a stopped service goes at
 * startup.
 */
@Component
class BacktestDatasets implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BacktestDatasets.class);

    private final Path directory;

    BacktestDatasets(BacktestSettings settings) {
        this.directory = settings.datasetDir();
    }

    /** The upload as a checked file, with the reader that reads it as the version declares its attributes. */
    Checked keep(UUID id, InputStream body, List<AttributeDeclaration> declared) {
        Path file = directory.resolve(id + ".csv");
        try {
            Files.createDirectories(directory);
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            DatasetReader reader = reader(declared);
            DatasetSummary summary = check(file, reader);
            return new Checked(file, reader, summary.rowsRead());
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("the dataset could not be kept for its backtest", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The reader of a dataset for a version that declares these attributes. */
    static DatasetReader reader(List<AttributeDeclaration> declared) {
        return new DatasetReader(DatasetLimits.DEFAULTS, declared);
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the dataset {}: {}", file, e.toString());
        }
    }

    /** Deletes every upload a previous run of the service left while checking it (its backtest was never queued). */
    @Override
    public void afterSingletonsInstantiated() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".csv")).forEach(this::delete);
        } catch (IOException e) {
            log.warn("Could not clear {}: {}", directory, e.toString());
        }
    }

    private static DatasetSummary check(Path file, DatasetReader reader) throws IOException {
        DatasetSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = reader.read(in, row -> { });
        } catch (DatasetFileException e) {
            throw unreadable("The dataset cannot be read: " + e.getMessage(), e.problems());
        }
        if (summary.rowsAccepted() == 0) {
            throw unreadable("No row of the dataset is a lead (" + summary.rowsRead() + " rows, "
                    + summary.rowsRejected() + " rejected).", summary.firstProblems());
        }
        return summary;
    }

    private static ProblemException unreadable(String detail, List<DatasetProblem> problems) {
        return new ProblemException(BacktestProblem.DATASET_UNREADABLE, detail).with("errors", problems.stream()
                .map(problem -> new ProblemAt(problem.line(), problem.column(), problem.value(), problem.message()))
                .toList());
    }

    /** A problem of the file as the API shows it: the line (1 is the header), the column and the value. */
    record ProblemAt(int line, String column, String value, String message) {
    }

    /** A kept dataset: its file, the reader for it and how many rows it holds. */
    record Checked(Path file, DatasetReader reader, int rows) {
    }
}
