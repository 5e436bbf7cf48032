package io.leadrules.app.idempotency;

import java.util.Map;

/**
 * The first answer to a request with a key, as it is repeated: status, the headers worth repeating ({@code Location},
 * {@code Content-Type}, {@code ETag}, {@code Retry-After}) and the body.
 */
record KeptAnswer(int status, Map<String, String> headers, byte[] body) {
}
