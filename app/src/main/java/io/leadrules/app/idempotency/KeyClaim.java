package io.leadrules.app.idempotency;

/**
 * What the store says about a key a request presents: new (the request runs), or held by an earlier request, with
 * its hash and, once it answered, its answer (null while it runs).
 */
sealed interface KeyClaim {

    /** The key was free and is now held by this request. */
    record Claimed() implements KeyClaim {
    }

    /** The key is held by an earlier request with this hash; {@code answer} is null while that request runs. */
    record Held(String requestHash, KeptAnswer answer) implements KeyClaim {
    }
}
