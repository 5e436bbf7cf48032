-- db-scheduler's table (issue 15, docs/decisions/0040): every execution of a background job, of a page of a
-- rescoring job, of the nightly rescoring and of the webhook dispatch round, shared by all instances. An instance
-- claims a due row (picked, picked_by, version), keeps its heartbeat fresh while it runs, and deletes or reschedules
-- it when done; a row whose heartbeat is older than the dead-execution limit belonged to an instance that died and is
-- run again by another. The columns are db-scheduler's own (16.x); portable SQL: H2 (the embedded default) and
-- PostgreSQL.

CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(200)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority, execution_time);
