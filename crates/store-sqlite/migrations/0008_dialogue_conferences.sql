-- Dialogue conferences (rounds, groups, group leaders) and where an input from one
-- came from. A conference is one JSON document, like a plan's programme. Kept in step
-- with crates/store-postgres/migrations/0008_dialogue_conferences.sql.

CREATE TABLE dialogue_conferences (
    id       INTEGER PRIMARY KEY,
    org_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    doc      TEXT NOT NULL
);
CREATE INDEX dialogue_conferences_by_plan ON dialogue_conferences (plan_id);

-- Rounds and groups count from 1; all three are NULL for inputs from other channels.
ALTER TABLE inputs ADD COLUMN conference_id INTEGER;
ALTER TABLE inputs ADD COLUMN conference_round INTEGER;
ALTER TABLE inputs ADD COLUMN conference_group INTEGER;
