-- Frozen versions of the plan document: the version's facts and the snapshot of the
-- chapters and measures, as one JSON document. Rows are only ever inserted. Kept in
-- step with crates/store-postgres/migrations/0013_plan_versions.sql.

CREATE TABLE plan_versions (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    doc         TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX plan_versions_by_plan ON plan_versions (plan_id);
