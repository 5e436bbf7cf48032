package io.leadrules.app.scoring.batch;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** stdin and stdout for the command: closing them at the end of a batch flushes but leaves them open. */
final class KeptOpen {

    private KeptOpen() {
    }

    static final class In extends FilterInputStream {

        In(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // stdin stays open
        }
    }

    static final class Out extends FilterOutputStream {

        Out(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
