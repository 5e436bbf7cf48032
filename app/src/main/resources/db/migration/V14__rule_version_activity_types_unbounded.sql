-- A rule version lists the activity types its Points table scores, comma-separated. 10,000 characters held about
-- 900 types of ten characters: a Points table of 1,000 rows compiled, then its upload failed with an internal error
-- when the version was stored. A rule set holds at most 2,000 rules by default (RuleSetCompiler.DEFAULT_MAX_RULES)
-- and a type at most 100 characters: about 202,000 characters. The column now takes what the reports take.
ALTER TABLE rule_versions ALTER COLUMN activity_types SET DATA TYPE VARCHAR(10000000);
