-- Jobs across instances (issue 15, docs/decisions/0040).
--
-- A rescoring job is cut into pages of lead ids when it starts; each page is one execution on the shared scheduler,
-- run by whichever instance claims it. A page's decisions and its done mark commit in one transaction, with the
-- page's counts added to the job's, so that a page redone after a crash adds nothing twice.
CREATE TABLE rescoring_pages (
    job_id     UUID    NOT NULL REFERENCES rescoring_jobs (id) ON DELETE CASCADE,
    page       INTEGER NOT NULL,
    -- the page's leads: ids after first_after (from the first when null) up to and including last_id
    first_after UUID,
    last_id    UUID    NOT NULL,
    done       BOOLEAN NOT NULL,
    PRIMARY KEY (job_id, page)
);

-- One rescoring job at a time, and no two identical simulations queued or running, whatever the instance that starts
-- them: the key is set while a job is QUEUED or RUNNING and cleared when it ends, so the unique index refuses a second
-- (NULLs never collide, on H2 as on PostgreSQL).
ALTER TABLE rescoring_jobs ADD COLUMN active_key VARCHAR(64);
CREATE UNIQUE INDEX rescoring_jobs_one_active ON rescoring_jobs (active_key);

ALTER TABLE simulations ADD COLUMN active_key VARCHAR(64);
CREATE UNIQUE INDEX simulations_one_identical_active ON simulations (active_key);
