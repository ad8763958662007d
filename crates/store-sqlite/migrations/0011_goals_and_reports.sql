-- The goal hierarchy of a plan (one JSON document per goal, like a measure) and the
-- status reports of its measures. Kept in step with
-- crates/store-postgres/migrations/0011_goals_and_reports.sql.

CREATE TABLE goals (
    id       INTEGER PRIMARY KEY,
    org_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    doc      TEXT NOT NULL
);
CREATE INDEX goals_by_plan ON goals (plan_id);

CREATE TABLE status_reports (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    measure_id  INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    doc         TEXT NOT NULL,
    by_name     TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX status_reports_by_plan ON status_reports (plan_id);
