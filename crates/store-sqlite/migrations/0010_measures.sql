-- The register of measures (tiltak) of a plan. A measure is one JSON document (its
-- vocabulary is the domain's); name and owner are columns too, for sorting and for
-- the responsibility matrix. Kept in step with
-- crates/store-postgres/migrations/0010_measures.sql.

CREATE TABLE measures (
    id       INTEGER PRIMARY KEY,
    org_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    owner    TEXT NOT NULL,
    doc      TEXT NOT NULL
);
CREATE INDEX measures_by_plan ON measures (plan_id);
