-- The services a member works in (as JSON, an array of names as the measures write
-- them): a contributor reports only on measures their services own or partner in.
-- Kept in step with crates/store-sqlite/migrations/0018_member_services.sql.

ALTER TABLE memberships ADD COLUMN services TEXT NOT NULL DEFAULT '[]';
