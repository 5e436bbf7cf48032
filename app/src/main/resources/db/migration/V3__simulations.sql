-- Impact simulations: a rule version compared with the version live at an instant over the stored leads, as a job.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL. JSON is stored as text, as in V1.

CREATE TABLE simulations (
    id               UUID                     NOT NULL PRIMARY KEY,
    -- the version simulated (a draft) and the one live at as_of, as the API shows their ids
    ruleset_version  VARCHAR(64)              NOT NULL,
    baseline_version VARCHAR(64)              NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    processed        INTEGER                  NOT NULL,
    total            INTEGER                  NOT NULL,
    failures         INTEGER                  NOT NULL,
    as_of            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- which leads, as JSON in a canonical form (equal filters are equal text); {} for every lead
    lead_filter      VARCHAR(10000000)        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    message          VARCHAR(2000),
    -- the impact report as JSON, once DONE
    report           VARCHAR(10000000)
);

CREATE INDEX simulations_version ON simulations (ruleset_version, created_at);
