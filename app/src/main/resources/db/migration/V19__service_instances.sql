-- Instances of the service that share this database (issue 15, rule versions across instances). Each start registers
-- a row under a random id and renews its heartbeat every couple of seconds (leadrules.rulesets.activation) with the
-- rule version it serves and the versions it holds compiled, ready to switch to. A row whose heartbeat is older than
-- a few heartbeats is an instance that is gone: it is not counted as live, and any instance removes it a while later.
-- A graceful shutdown removes its own row. The instants are the instances' wall clocks (NTP-synchronised; see
-- docs/decisions/0038). Portable SQL: runs on H2 (the embedded default) and PostgreSQL.
CREATE TABLE service_instances (
    instance_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    host            VARCHAR(255)             NOT NULL,
    -- the HTTP port, 0 until the web server has started
    port            INTEGER                  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the rule version every new evaluation of this instance uses
    serving_version BIGINT                   NOT NULL,
    -- the versions it holds compiled besides, comma-separated: it can switch to them without compiling
    ready_versions  VARCHAR(2000)            NOT NULL,
    -- why it does not serve the active (or due) version, when it does not: its readiness is DOWN meanwhile
    behind_reason   VARCHAR(2000)
);
