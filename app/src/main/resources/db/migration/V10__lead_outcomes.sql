-- Outcomes of stored leads (issue 11): what became of a lead (CONVERTED, WON, LOST, DISQUALIFIED), when, and for how
-- much, recorded by a CRM integration one by one or imported in bulk. They are facts about the lead kept for
-- backtests, never seen by the rules; erasing the lead deletes them. Written by io.leadrules.app.lead.outcome only.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL.
CREATE TABLE lead_outcomes (
    id          UUID                     NOT NULL PRIMARY KEY,
    lead_id     UUID                     NOT NULL REFERENCES leads (id),
    -- an Outcome name: CONVERTED, WON, LOST or DISQUALIFIED
    outcome     VARCHAR(20)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the deal's value, never negative; NULL when none was given
    amount      DECIMAL(19, 4),
    -- ISO 4217 code of the amount (EUR, USD); NULL when none was given
    currency    VARCHAR(3),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the authenticated principal that recorded it (CurrentActor), never a name the request carried
    recorded_by VARCHAR(200)             NOT NULL,
    -- the import that brought it (the importId of POST /api/v1/outcomes/import); NULL when posted one by one
    import_id   UUID
);

-- A lead may have several outcomes (converted, then won), but each (outcome, instant) once: a re-sent outcome is a
-- duplicate, not a second one. The index also finds a lead's outcomes (lead_id leads it).
CREATE UNIQUE INDEX lead_outcomes_once ON lead_outcomes (lead_id, outcome, occurred_at);
