-- The municipality's answer to each input, and moderation. Kept in step with
-- crates/store-postgres/migrations/0004_assessments.sql.

ALTER TABLE inputs ADD COLUMN decision TEXT;
ALTER TABLE inputs ADD COLUMN justification TEXT NOT NULL DEFAULT '';
ALTER TABLE inputs ADD COLUMN change_ref TEXT NOT NULL DEFAULT '';
-- Set when the input is hidden from the public pages; the input itself is kept.
ALTER TABLE inputs ADD COLUMN hidden_reason TEXT;
