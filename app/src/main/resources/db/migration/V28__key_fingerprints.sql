-- Which keys the instances sharing this database use (system.SharedKeys): the audit signing key, the webhook secrets'
-- key and the idempotency fingerprint key live outside the database, one copy per instance, and must be the same
-- copy. A fingerprint (HMAC-SHA256 of a fixed text under the key: it gives nothing of the key away) per purpose,
-- recorded by the first instance to start; an instance holding another key refuses to start.
CREATE TABLE key_fingerprints (
    purpose     VARCHAR(40)              NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
