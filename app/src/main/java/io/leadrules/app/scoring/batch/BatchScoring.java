package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline of bulk scoring, shared by the endpoint and the {@code score} command: reads the input a line at a
 * time, scores it in chunks on the executor ({@link ChunkedScoring}), writes the answers in input order as they come.
 * A problem before anything was sent (line 1 of a CSV that cannot be used, a body announced too large) is thrown, to
 * be answered as a problem; after that, a failure to read on ends the answer with a {@code batch-cut-short} error
 * line (line 0) after the lines read before it.
 */
public final class BatchScoring {

    /**
     * About the characters one chunk may hold: a chunk of 200 short leads is far below it, while lines of thousands
     * of activities (2,000,000 characters each at most) go a few at a time, not 200 to a chunk.
     */
    static final int CHUNK_WEIGHT = 1_000_000;

    private final JsonLineReading json;
    private final CsvBatch csv;
    private final JsonMapper writing;
    private final Executor executor;
    private final ChunkedScoring.BatchShape shape;
    private final int maxLineLength;

    BatchScoring(BatchParts parts, Executor executor, int threads) {
        this.json = parts.json();
        this.csv = parts.csv();
        this.writing = parts.mapper();
        this.executor = executor;
        this.shape = new ChunkedScoring.BatchShape(parts.chunkSize(), 2 * threads, CHUNK_WEIGHT);
        this.maxLineLength = parts.maxLineLength();
    }

    /** Scores {@code in} into {@code out}; {@code progress} sees the tally after every chunk written. */
    BatchTally run(BatchRequest request, InputStream in, OutputStream out, Consumer<BatchTally> progress)
            throws IOException {
        return run(request, in, null, out, progress);
    }

    /** Scores a CSV {@code in} with its activities file ({@code activities}; null: none) into {@code out}. */
    BatchTally run(BatchRequest request, InputStream in, InputStream activities, OutputStream out,
                   Consumer<BatchTally> progress) throws IOException {
        BatchTally tally = new BatchTally(request.rules().version());
        AnswerWriter writer = request.output().writer(out, writing, request.explain());
        ChunkedScoring chunks = new ChunkedScoring(executor, shape, new LineScoring(json, request), writer, tally,
                () -> progress.accept(tally));
        try {
            read(request, in, activities, chunks);
        } catch (ChunkedScoring.WriteFailed e) {
            chunks.abandon();
            throw (IOException) e.getCause();
        } catch (RuntimeException e) {
            if (!writer.committed()) {
                chunks.abandon();
                throw e;
            }
            chunks.finish();
            writer.write(cutShort(e));
        }
        chunks.finish();
        writer.end(tally);
        return tally;
    }

    private void read(BatchRequest request, InputStream in, InputStream activities, ChunkedScoring chunks)
            throws IOException {
        if (request.input() == BatchFormat.CSV) {
            csv.read(in, activities, request.rules().attributes(), request.started(), chunks);
            return;
        }
        NdjsonLines lines = new NdjsonLines(utf8(in), maxLineLength);
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong()) {
                chunks.accept(new BatchItem.Refused(line.number(), null, null, LineProblem.of(
                        BatchProblem.LINE_TOO_LONG, "Line " + line.number() + " is longer than " + maxLineLength
                                + " characters; it was skipped unread.", List.of())));
            } else if (!line.text().isBlank()) {
                chunks.accept(new BatchItem.Unread(line.number(), line.text()));
            }
        }
    }

    private static LineAnswer cutShort(RuntimeException e) {
        String why = e instanceof ErrorResponse response && response.getBody().getDetail() != null
                ? response.getBody().getDetail() : e instanceof ProblemException problem ? problem.getMessage()
                : "the request body could not be read to its end";
        return new LineAnswer.Failed(0, null, null, LineProblem.of(BatchProblem.BATCH_CUT_SHORT,
                "The batch stopped before its end: " + why, List.of()));
    }

    /** UTF-8; bytes that are not UTF-8 become U+FFFD, which fails their line's JSON rather than the batch. */
    private static Reader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                65_536);
    }
}
