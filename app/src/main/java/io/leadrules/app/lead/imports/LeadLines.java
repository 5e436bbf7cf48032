package io.leadrules.app.lead.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The lines of an import file, handed on one at a time so that a job holds a page, never the file. Push rather than
 * pull: the CSV reader is a callback reader, and the job's pages fill and flush as the lines arrive, on the job's
 * own thread. A format (NDJSON, CSV) implements this; the job knows none of them.
 */
public interface LeadLines extends Closeable {

    /**
     * Hands every line that is not blank to {@code lines}, in file order; an exception {@code lines} throws (the job
     * cancelled) ends the reading.
     */
    void read(Consumer<ImportLine> lines) throws IOException;
}
