-- The library's shared measures (issue 18): when a municipality shared a measure with
-- the other municipalities (NULL: not shared), and, for a measure copied from the
-- library, the municipality and the measure it came from (kept when either is gone:
-- the name as it was copied).
ALTER TABLE measures ADD COLUMN shared_at BIGINT;
ALTER TABLE measures ADD COLUMN origin_org_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL;
ALTER TABLE measures ADD COLUMN origin_name TEXT NOT NULL DEFAULT '';
CREATE INDEX measures_shared ON measures (shared_at);
