-- Leads, their activities and every decision made about them.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL. No vendor-only types or syntax.

CREATE TABLE leads (
    id                          UUID                     NOT NULL PRIMARY KEY,
    external_id                 VARCHAR(255),
    email                       VARCHAR(320),
    -- lower-cased email: the same person is the same externalId, or else the same email ignoring case
    email_key                   VARCHAR(320),
    first_name                  VARCHAR(255),
    last_name                   VARCHAR(255),
    phone                       VARCHAR(64),
    company                     VARCHAR(255),
    job_title                   VARCHAR(255),
    industry                    VARCHAR(100),
    company_size                INTEGER,
    annual_revenue              NUMERIC(20, 2),
    country                     VARCHAR(100),
    source                      VARCHAR(100),
    lead_magnet                 VARCHAR(100),
    product_interest            VARCHAR(255),
    consent_data_processing     BOOLEAN,
    consent_profiling_objection BOOLEAN,
    consent_policy_version      VARCHAR(100),
    consent_granted_at          TIMESTAMP WITH TIME ZONE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at                   TIMESTAMP WITH TIME ZONE,
    -- the latest decision, copied here for the sales queue (the decision record itself is never changed)
    current_decision_id         UUID,
    score                       INTEGER,
    grade                       VARCHAR(8),
    temperature                 VARCHAR(16),
    stage                       VARCHAR(32),
    funnel_stage                VARCHAR(16),
    priority                    VARCHAR(8),
    ruleset_version             VARCHAR(64),
    decided_at                  TIMESTAMP WITH TIME ZONE,
    version                     BIGINT                   NOT NULL
);

-- NULLs never collide, so erased leads (identifiers removed) free their email and external id
CREATE UNIQUE INDEX leads_external_id ON leads (external_id);
CREATE UNIQUE INDEX leads_email_key ON leads (email_key);
CREATE INDEX leads_queue ON leads (stage, priority, score);

CREATE TABLE activities (
    lead_id     UUID                     NOT NULL REFERENCES leads (id),
    activity_id VARCHAR(255)             NOT NULL,
    type        VARCHAR(100)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    detail      VARCHAR(2000),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the activity id is the client's idempotency key: stored once per lead
    PRIMARY KEY (lead_id, activity_id)
);

CREATE INDEX activities_lead_time ON activities (lead_id, occurred_at);

CREATE TABLE decisions (
    id              UUID                     NOT NULL PRIMARY KEY,
    lead_id         UUID                     NOT NULL REFERENCES leads (id),
    -- orders decisions of one lead even when two share a decided_at instant
    sequence_number BIGINT                   NOT NULL,
    as_of           TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ruleset_version VARCHAR(64)              NOT NULL,
    ruleset_hash    VARCHAR(64)              NOT NULL,
    score           INTEGER,
    stage           VARCHAR(32),
    temperature     VARCHAR(16),
    -- everything the engine saw (lead, activities, asOf) and everything it answered, as JSON
    input_snapshot  VARCHAR(10000000)        NOT NULL,
    result          VARCHAR(10000000)        NOT NULL
);

CREATE UNIQUE INDEX decisions_lead_sequence ON decisions (lead_id, sequence_number);

CREATE TABLE rescoring_jobs (
    id          UUID                     NOT NULL PRIMARY KEY,
    state       VARCHAR(16)              NOT NULL,
    processed   INTEGER                  NOT NULL,
    total       INTEGER                  NOT NULL,
    changed     INTEGER                  NOT NULL,
    failures    INTEGER                  NOT NULL,
    as_of       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    message     VARCHAR(2000)
);
