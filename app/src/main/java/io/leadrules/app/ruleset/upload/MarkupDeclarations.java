package io.leadrules.app.ruleset.upload;

import java.nio.charset.StandardCharsets;

/**
 * Finds {@code <!DOCTYPE} or {@code <!ENTITY} in bytes streamed through it, in any letter case, in UTF-8 and in
 * UTF-16 or UTF-32 alike: NUL bytes are passed over, so {@code <\0!\0D\0...} matches too. A match may span chunks.
 * No XML is parsed: this looks at the bytes before any parser may see them.
 */
final class MarkupDeclarations implements UnpackBudget.Sink {

    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);

    private int doctype;
    private int entity;
    private String found;

    @Override
    public void accept(byte[] buffer, int length) {
        for (int i = 0; i < length && found == null; i++) {
            byte b = buffer[i];
            if (b == 0) {
                continue;
            }
            byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
            doctype = next(doctype, DOCTYPE, lower);
            entity = next(entity, ENTITY, lower);
            found = doctype == DOCTYPE.length ? "a document type declaration (<!DOCTYPE)"
                    : entity == ENTITY.length ? "an entity declaration (<!ENTITY)" : null;
        }
    }

    /** What was found, such as {@code a document type declaration (<!DOCTYPE)}; {@code null} while nothing was. */
    String found() {
        return found;
    }

    /** The pattern starts with the only {@code <} in it, so a mismatch restarts at 0, or at 1 on a {@code <}. */
    private static int next(int matched, byte[] pattern, byte b) {
        if (pattern[matched] == b) {
            return matched + 1;
        }
        return b == pattern[0] ? 1 : 0;
    }
}
