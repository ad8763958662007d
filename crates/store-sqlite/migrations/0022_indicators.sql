-- The knowledge base: indicators (one measure of one statistics table) and their
-- observations, kept per organisation. A value is NULL exactly when flag says why
-- (missing, not_computable, suppressed): never 0. Region: 0 the country, two digits a
-- county, four a municipality (today's number). Kept in step with
-- crates/store-postgres/migrations/0022_indicators.sql.

CREATE TABLE indicators (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    source         TEXT NOT NULL,
    label          TEXT NOT NULL,
    measure        TEXT NOT NULL,
    measure_label  TEXT NOT NULL,
    UNIQUE (org_id, source, label, measure)
);

CREATE TABLE observations (
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    org_id        INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    region        TEXT NOT NULL,
    period_from   INTEGER NOT NULL,
    period_to     INTEGER NOT NULL,
    breakdown     TEXT NOT NULL,
    value         REAL,
    flag          TEXT,
    CHECK ((value IS NULL) = (flag IS NOT NULL))
);
CREATE INDEX observations_by_indicator ON observations (indicator_id, region);
