-- Four eyes and deleted drafts (issue 10).
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL.

-- TRUE when the person who activated a version is the person who uploaded it: possible only while
-- leadrules.rules.four-eyes is off (and for the shipped rule set the service activates at its first start).
-- activated_by is the approver.
ALTER TABLE rule_activations ADD COLUMN self_approved BOOLEAN DEFAULT FALSE NOT NULL;

-- Drafts that were deleted before they were ever activated: who deleted which, and when. Their files are gone, but
-- their ids stay taken (a new upload never reuses one), so an id quoted in a ticket or a simulation never names
-- another rule set.
CREATE TABLE rule_version_deletions (
    version_id BIGINT                   NOT NULL PRIMARY KEY,
    label      VARCHAR(200)             NOT NULL,
    author     VARCHAR(200)             NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by VARCHAR(200)             NOT NULL
);
