package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.csv.CsvRecordReader;
import io.leadrules.rules.model.AttributeDeclaration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a backtest dataset: a CSV file of leads as they were, with what became of them, one row at a time.
 *
 * <p>Line 1 names the columns, in any order, matched ignoring case, spaces, underscores and hyphens:
 * <ul>
 *   <li>{@code createdAt} (required): when the lead was created, an ISO instant like {@code 2026-01-15T12:00:00Z};
 *   <li>{@code outcome} (required column, cell may be empty): {@code CONVERTED}, {@code WON}, {@code LOST},
 *       {@code DISQUALIFIED}, or yes/no (also y/n, true/false, 1/0) for a sheet that only knows whether the lead
 *       converted; empty is "no outcome"; CONVERTED, WON and yes count as converted (see {@link DatasetOutcome});
 *   <li>{@code id}: how reports name the row (default: its line number); {@code cutoff}: this row's own cut-off
 *       instant; {@code outcomeAt}: when the outcome happened;
 *   <li>the lead's members as in a scenario file ({@code externalId}, {@code firstName}, {@code lastName},
 *       {@code email}, {@code phone}, {@code company}, {@code jobTitle}, {@code industry}, {@code companySize},
 *       {@code annualRevenue}, {@code country}, {@code source}, {@code leadMagnet}, {@code productInterest},
 *       {@code consent}, {@code profilingObjection}), {@code attributes.<name>}, and {@code activities} in the
 *       scenario notation ({@code DEMO_REQUESTED@+2d; PAGE_VIEW x3@+1d..+9d}), whose offsets count from the row's
 *       {@code createdAt} and whose instants are as written.
 * </ul>
 * Separated by {@code ,} or {@code ;}; UTF-8 with or without a byte order mark; quoted cells may hold separators
 * and line breaks. A formula-looking cell ({@code =cmd|...}) is text like any other.
 *
 * <p>A problem in line 1 (an unknown or repeated column, no {@code createdAt} or {@code outcome}, not text) refuses
 * the file with a {@link DatasetFileException} before any row is handed on. A problem in a cell rejects only its row:
 * the summary counts rejected rows and keeps the first {@value #KEPT_PROBLEMS} problems, each naming line, column
 * and value. More than {@link DatasetLimits#maxRows()} rows is a {@link DatasetFileException} after that many rows.
 * The reader holds one row at a time, so memory does not grow with the file.
 *
 * <p>Bulk scoring reads the same files ({@link #forScoring}) with other column rules ({@link DatasetPurpose}):
 * {@code createdAt} and {@code outcome} are not needed there, and {@code asOf} says when to score the row.
 */
public final class DatasetReader {

    /** How many problems of rejected rows a summary keeps. */
    public static final int KEPT_PROBLEMS = 100;
    /** Cells beyond the header that may be blank (spreadsheet apps write trailing separators) before a line is cut. */
    private static final int SPARE_CELLS = 16;

    private final DatasetLimits limits;
    private final DatasetPurpose purpose;
    private final RowReading reading;

    /**
     * A backtest dataset's reader with these limits, reading attribute cells as the declarations say (undeclared: as
     * they look).
     */
    public DatasetReader(DatasetLimits limits, List<AttributeDeclaration> declared) {
        this(limits, declared, DatasetPurpose.BACKTEST, Instant.EPOCH);
    }

    private DatasetReader(DatasetLimits limits, List<AttributeDeclaration> declared, DatasetPurpose purpose,
                          Instant readingStarted) {
        this.limits = limits;
        this.purpose = purpose;
        this.reading = new RowReading(limits, declared, purpose, readingStarted);
    }

    /**
     * A reader of a bulk scoring file: no column is required, {@code id}, {@code createdAt} and {@code asOf} are the
     * only columns beside the lead's, and activity offsets without {@code createdAt} or {@code asOf} count from
     * {@code readingStarted}.
     */
    public static DatasetReader forScoring(DatasetLimits limits, List<AttributeDeclaration> declared,
                                           Instant readingStarted) {
        return new DatasetReader(limits, declared, DatasetPurpose.SCORING, readingStarted);
    }

    /** A reader with the {@link DatasetLimits#DEFAULTS} and no declared attributes. */
    public DatasetReader() {
        this(DatasetLimits.DEFAULTS, List.of());
    }

    /**
     * Reads the dataset, handing each accepted row to {@code rows} in file order; does not close {@code in}.
     *
     * @throws DatasetFileException when line 1 cannot be used, or the file has more rows than allowed
     * @throws IOException          when {@code in} fails
     */
    public DatasetSummary read(InputStream in, Consumer<DatasetRow> rows) throws IOException {
        return read(in, new DatasetRows() {
            @Override
            public void accepted(DatasetRow row) {
                rows.accept(row);
            }

            @Override
            public void rejected(DatasetProblem problem) {
                // counted in the summary
            }
        });
    }

    /**
     * Reads line 1 only, so that a file kept for later (a job's upload) is refused before the job is queued; does not
     * close {@code in}.
     *
     * @throws DatasetFileException when line 1 cannot be used
     * @throws IOException          when {@code in} fails
     */
    public void checkHeader(InputStream in) throws IOException {
        DatasetHeader.read(utf8(in), purpose);
    }

    /**
     * Reads the file, handing each row to {@code rows} in file order, the rejected ones with their problem; does not
     * close {@code in}.
     *
     * @throws DatasetFileException when line 1 cannot be used, or the file has more rows than allowed
     * @throws IOException          when {@code in} fails
     */
    public DatasetSummary read(InputStream in, DatasetRows rows) throws IOException {
        Reader text = utf8(in);
        DatasetHeader header = DatasetHeader.read(text, purpose);
        CsvRecordReader records = new CsvRecordReader(text, header.separator(), 2,
                Math.max(limits.maxCellLength(), limits.maxActivitiesCellLength()), header.size() + SPARE_CELLS);
        RowTally tally = new RowTally(KEPT_PROBLEMS);
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            if (record.isBlank() && record.flaws().isEmpty()) {
                continue;
            }
            if (tally.read() == limits.maxRows()) {
                throw new DatasetFileException(List.of(DatasetProblem.of(record.row(), null, null, "the dataset has "
                        + "more than " + limits.maxRows() + " rows; split it into smaller files")));
            }
            accept(record, header, rows, tally);
        }
        return tally.summary();
    }

    private void accept(CsvRecord record, DatasetHeader header, DatasetRows rows, RowTally tally) {
        DatasetRow row;
        try {
            row = reading.read(new RowCells(record, header, limits));
        } catch (RejectedRow rejected) {
            tally.rejected(rejected.problem());
            rows.rejected(rejected.problem(), idOf(record, header));
            return;
        }
        tally.accepted();
        rows.accepted(row);
    }

    /** The id a rejected row would have had: its id cell when it is usable text, else its line number. */
    private String idOf(CsvRecord record, DatasetHeader header) {
        for (int i = 0; i < header.size(); i++) {
            DatasetHeader.Column column = header.column(i);
            if (column != null && column.dataset() == DatasetColumn.ID) {
                int index = i;
                String id = record.cell(index).trim();
                boolean usable = !id.isEmpty() && id.length() <= limits.maxCellLength()
                        && TextChecks.notText(id) == null
                        && record.flaws().stream().noneMatch(flaw -> flaw.column() == index);
                return usable ? id : String.valueOf(record.row());
            }
        }
        return String.valueOf(record.row());
    }

    /** UTF-8 text; bytes that are not UTF-8 become U+FFFD, which rejects their row rather than stop the file. */
    static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                65_536);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
