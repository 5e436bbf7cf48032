-- Rule versions: immutable bundles of rule files (DRL, decision tables, scenario files), and when each went live.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL. BYTEA is PostgreSQL's binary type and one of
-- H2's names for BINARY VARYING.

CREATE TABLE rule_versions (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    label             VARCHAR(200)             NOT NULL,
    author            VARCHAR(200)             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    based_on          BIGINT REFERENCES rule_versions (id),
    -- DRAFT, ACTIVE or RETIRED; exactly one version is ACTIVE once the service has started
    status            VARCHAR(16)              NOT NULL,
    -- SHA-256 over every file's name and bytes, as decision records quote it
    content_hash      VARCHAR(64)              NOT NULL,
    rule_count        INTEGER                  NOT NULL,
    -- the activity types the version gives points to, comma-separated, in table order
    activity_types    VARCHAR(10000)           NOT NULL,
    -- the compilation's warnings and the last scenario run, as JSON
    validation_report VARCHAR(10000000)        NOT NULL,
    test_report       VARCHAR(10000000),
    tested_at         TIMESTAMP WITH TIME ZONE
);

CREATE TABLE rule_version_files (
    version_id BIGINT       NOT NULL REFERENCES rule_versions (id),
    -- the order the files were listed in: rules compile and scenario files run in this order
    position   INTEGER      NOT NULL,
    name       VARCHAR(255) NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    size_bytes INTEGER      NOT NULL,
    content    BYTEA        NOT NULL,
    PRIMARY KEY (version_id, name)
);

-- Every activation, in order: which version was live at any instant (replay, score as of, audits).
CREATE TABLE rule_activations (
    sequence_number     BIGINT                   NOT NULL PRIMARY KEY,
    version_id          BIGINT                   NOT NULL REFERENCES rule_versions (id),
    previous_version_id BIGINT REFERENCES rule_versions (id),
    activated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_by        VARCHAR(200)             NOT NULL
);
