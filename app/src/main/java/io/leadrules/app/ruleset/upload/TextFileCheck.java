package io.leadrules.app.ruleset.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A {@code .drl} or {@code .scenarios.csv} file must be UTF-8 text: every byte sequence valid UTF-8 (a byte-order
 * mark is fine), and no NUL byte, which no text editor writes in UTF-8 but every UTF-16 ("Unicode") file has.
 */
final class TextFileCheck {

    private static final String SAVE_AS_UTF8 = "Save it as UTF-8 (in Notepad: File > Save As, Encoding UTF-8; in "
            + "Excel: Save As \"CSV UTF-8\") and upload it again.";

    private TextFileCheck() {
    }

    static void check(FileAt at, byte[] content) {
        int nul = indexOfNul(content);
        if (nul >= 0) {
            throw at.problem(UploadProblem.NOT_A_TEXT_FILE, at.describe() + " is not plain text: it has a NUL byte on "
                    + "line " + lineOf(content, nul) + ", as files saved as UTF-16 (\"Unicode\") or binary files do. "
                    + SAVE_AS_UTF8);
        }
        int malformed = firstMalformedByte(content);
        if (malformed >= 0) {
            throw at.problem(UploadProblem.NOT_A_TEXT_FILE, at.describe() + " is not UTF-8 text: line "
                    + lineOf(content, malformed) + " has bytes that are not UTF-8, most likely a letter such as é or ñ "
                    + "saved as ANSI or Windows-1252. " + SAVE_AS_UTF8);
        }
    }

    /** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
    static int firstMalformedByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8 * 1024);
        CoderResult result = decoder.decode(in, out, true);
        while (result.isOverflow()) {
            out.clear();
            result = decoder.decode(in, out, true);
        }
        return result.isError() ? in.position() : -1;
    }

    private static int indexOfNul(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
