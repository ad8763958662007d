-- Plans, their links, programmes and activities. Kept in step with
-- crates/store-postgres/migrations/0002_plans.sql. Every table carries org_id so that
-- each query can be scoped to one organisation. Dates are ISO text (YYYY-MM-DD).

CREATE TABLE plans (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_type    TEXT NOT NULL,
    title        TEXT NOT NULL,
    phase        TEXT NOT NULL,
    period_from  INTEGER,
    period_to    INTEGER,
    under_pbl    INTEGER NOT NULL DEFAULT 0,
    programme    TEXT NOT NULL DEFAULT '{}',
    created_at   INTEGER NOT NULL
);
CREATE INDEX plans_by_org ON plans (org_id);

CREATE TABLE plan_links (
    org_id     INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    from_plan  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    to_plan    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    PRIMARY KEY (from_plan, to_plan)
);

CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id        INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    responsible    TEXT NOT NULL,
    body           TEXT,
    done           INTEGER NOT NULL DEFAULT 0,
    justification  TEXT NOT NULL
);
CREATE INDEX activities_by_plan ON activities (plan_id);
