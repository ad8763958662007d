-- The measures an input led to (ids of the same plan's measures, comma-separated, as
-- the chapters it concerns): the trace from a citizen's input to what the plan does.
-- Kept in step between crates/store-sqlite and crates/store-postgres.

ALTER TABLE inputs ADD COLUMN measures TEXT NOT NULL DEFAULT '';
