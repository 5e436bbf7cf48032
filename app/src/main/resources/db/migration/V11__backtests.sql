-- Backtests (issue 11): a rule version and the version live when it started, each scoring the same leads as of a
-- cut-off instant, measured against what became of those leads. A job like simulations (V3); the report is kept.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL. JSON is stored as text, as in V1.

CREATE TABLE backtests (
    id               UUID                     NOT NULL PRIMARY KEY,
    -- the version backtested and the one live when the backtest started, as the API shows their ids
    ruleset_version  VARCHAR(64)              NOT NULL,
    baseline_version VARCHAR(64)              NOT NULL,
    -- STORED_LEADS (the stored leads with an outcome) or DATASET (an uploaded CSV file)
    source           VARCHAR(16)              NOT NULL,
    -- the cut-off: each lead's creation plus cutoff_days, or the fixed instant cutoff_at (one of the two is set)
    cutoff_days      INTEGER,
    cutoff_at        TIMESTAMP WITH TIME ZONE,
    state            VARCHAR(16)              NOT NULL,
    processed        INTEGER                  NOT NULL,
    total            INTEGER                  NOT NULL,
    failures         INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the authenticated principal that started it (CurrentActor)
    created_by       VARCHAR(200)             NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    message          VARCHAR(2000),
    -- the report as JSON, once DONE
    report           VARCHAR(10000000)
);

CREATE INDEX backtests_version ON backtests (ruleset_version, created_at);

-- Each backtested lead as the version saw it, for the suggested points and the calibration: no lead id, no personal
-- data, only the outcome, the score and the points each rule earned ("RULE-ID:points:firings" joined by ';').
CREATE TABLE backtest_leads (
    backtest_id UUID           NOT NULL REFERENCES backtests (id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    converted   BOOLEAN        NOT NULL,
    score       INTEGER,
    rules       VARCHAR(100000) NOT NULL,
    PRIMARY KEY (backtest_id, position)
);
