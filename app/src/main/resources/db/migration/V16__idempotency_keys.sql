-- Idempotency-Key (issue 13, HTTP habits): the first answer to a POST that carried a key, kept so that the same key
-- and the same request answer it again instead of repeating the effect. One row per (credential, key); the row is
-- written before the request runs (state IN_FLIGHT), so a concurrent or crashed first attempt is never repeated,
-- and completed with the answer afterwards (state DONE). Rows expire (leadrules.idempotency.time-to-live) and are
-- purged. Portable SQL: runs on H2 (the embedded default) and PostgreSQL.

CREATE TABLE idempotency_keys (
    -- who sent the key (CurrentActor): keys of different credentials never meet
    scope          VARCHAR(200)             NOT NULL,
    idem_key       VARCHAR(255)             NOT NULL,
    -- SHA-256 (hex) of the method, path, query, Content-Type and body: another request under the same key is a 422
    request_hash   VARCHAR(64)              NOT NULL,
    -- IN_FLIGHT while the first request runs, DONE once its answer is kept
    state          VARCHAR(16)              NOT NULL,
    -- the first answer: status, the headers worth repeating (one "Name: value" a line), body
    status         INTEGER,
    headers        VARCHAR(8000),
    body           BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
