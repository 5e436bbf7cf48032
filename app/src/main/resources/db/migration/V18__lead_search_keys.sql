-- The console's search (GET /console/leads?q=) finds the start of a name, a last name, a company, an email or an
-- externalId by index ranges instead of reading every lead: the names and company lower-cased, like email_key.
-- The application writes them whenever a profile changes (lead/SearchKeys); erasure clears them with the names.
ALTER TABLE leads ADD COLUMN name_key VARCHAR(511);
ALTER TABLE leads ADD COLUMN last_name_key VARCHAR(255);
ALTER TABLE leads ADD COLUMN company_key VARCHAR(255);

UPDATE leads SET
    name_key = NULLIF(LOWER(TRIM(CONCAT(COALESCE(first_name, ''), ' ', COALESCE(last_name, '')))), ''),
    last_name_key = NULLIF(LOWER(TRIM(last_name)), ''),
    company_key = NULLIF(LOWER(TRIM(company)), '');

CREATE INDEX leads_name_key ON leads (name_key);
CREATE INDEX leads_last_name_key ON leads (last_name_key);
CREATE INDEX leads_company_key ON leads (company_key);
