-- Which instance asked for a pending activation, and which instance runs a lead import (issue 15, hardening): the
-- ids of service_instances (V19; a random id per start). An activation whose requester is no longer live before it
-- fixed the instant is failed by any other instance, which frees the pending slot (ADR 0038); at startup an instance
-- fails only the unfinished imports of itself or of an instance that is no longer live, never those another live
-- instance is running. NULL on rows written before this version: such a plan or import is treated as having no live
-- owner. Portable SQL: runs on H2 (the embedded default) and PostgreSQL.
ALTER TABLE rule_activation_plans ADD COLUMN requester_instance VARCHAR(64);
ALTER TABLE lead_imports ADD COLUMN owner_instance VARCHAR(64);
