-- Keys every instance must hold alike, read from each instance's own disk (issue 15, ADR 0039): the audit signing key
-- and the idempotency fingerprint key. The first instance records a fingerprint of each (an HMAC of a fixed text under
-- the key, which tells nothing of the key); an instance whose key gives another fingerprint says so at its start
-- (system.SharedKeyCheck). Portable SQL: H2 and PostgreSQL.
CREATE TABLE shared_key_checks (
    purpose     VARCHAR(40)              NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
