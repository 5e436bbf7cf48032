package io.leadrules.app.idempotency;

import io.leadrules.app.system.ProblemException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The {@code Idempotency-Key} header, checked before anything else is done with it: one value of 1 to
 * {@value #MAX_LENGTH} printable ASCII characters. The key goes into the database and into problem details, so a
 * control character or a megabyte of key is refused, not stored.
 */
final class IdempotencyKey {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
    }

    /** The one key the request carries. */
    static String of(Enumeration<String> headers) {
        List<String> values = Collections.list(headers);
        if (values.size() != 1) {
            throw invalid("is given " + values.size() + " times; give it once");
        }
        String key = values.get(0);
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw invalid("must be 1 to " + MAX_LENGTH + " characters long, not " + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw invalid("must hold printable ASCII characters only, not U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1));
            }
        }
        return key;
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(IdempotencyProblem.INVALID_KEY, "The " + HEADER + " header " + message + ".")
                .with("header", HEADER);
    }
}
