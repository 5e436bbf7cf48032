package io.leadrules.app.scoring.batch;

import java.io.IOException;

/** Where the answers of a batch go, in input order; nothing reaches the client before {@link #flush()}. */
interface AnswerWriter {

    void write(LineAnswer answer) throws IOException;

    /** Sends what was written so far; the first flush commits the response. */
    void flush() throws IOException;

    /** Whether anything was sent: after that, a failure can only be told in an error line. */
    boolean committed();

    /** Ends the answer (NDJSON: the summary line) and flushes. */
    void end(BatchTally tally) throws IOException;
}
