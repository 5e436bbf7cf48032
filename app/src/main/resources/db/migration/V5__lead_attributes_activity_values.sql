-- A lead's own attributes, and an activity's value and properties (issue 9: marketing ops model their own business).
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL. No vendor-only types or syntax.

-- the lead's attributes as the JSON object the client sent (name -> text, number or true/false); NULL when none.
-- At most 100 attributes of at most 1,000 characters each by default (leadrules.custom-data), hence the room.
ALTER TABLE leads ADD COLUMN attributes VARCHAR(1000000);

-- how much of the activity there was (seconds, pages, an amount): at most 10^12 either way, at most 6 decimals.
-- Named activity_value because VALUE is a keyword in H2.
ALTER TABLE activities ADD COLUMN activity_value DECIMAL(19, 6);

-- the activity's properties as a JSON object of name -> text; NULL when none, and after erasure
ALTER TABLE activities ADD COLUMN properties VARCHAR(100000);
