package io.leadrules.app.idempotency;

import java.util.Map;

/**
 * The first answer to a request with a key, as it is repeated: status, the headers worth repeating ({@code Location},
 * {@code Content-Type}, {@code ETag}, {@code Retry-After}) with the notes of {@link KeptAnswers}, and the body (null
 * when it was withheld).
 */
record KeptAnswer(int status, Map<String, String> headers, byte[] body) {

    /** Why the body is not kept ({@code secret}, {@code erased}), or null when it is. */
    String withheld() {
        return headers.get(KeptAnswers.WITHHELD);
    }
}
