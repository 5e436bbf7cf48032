-- What made a rule version a rule developer's change rather than a marketing edit of table values: a DRL file that is
-- new or differs from its base version's, or a decision table outside the shipped table kinds. A JSON array of
-- sentences; empty for a version that only changes values.
ALTER TABLE rule_versions ADD COLUMN developer_changes VARCHAR(1000000) DEFAULT '[]' NOT NULL;
