package io.leadrules.app.lead.imports;

import java.io.Closeable;
import java.util.Optional;

/**
 * The lines of an import file, read one at a time so that a job holds a page, never the file. A format (NDJSON, a
 * CSV reader) implements this; the job knows none of them.
 */
public interface LeadLines extends Closeable {

    /** The next line that is not blank, or empty at the end of the file. */
    Optional<ImportLine> next();
}
