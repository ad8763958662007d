-- Inter-municipal cooperation (vertskommunesamarbeid, issue 18, seed 000): a measure
-- one municipality (the host) runs for others. Each participating municipality sees the
-- measure in its register and coverage, marked as run by the host; only the host
-- changes it. `host_id` is the measure's organisation, kept here so that a
-- participant's read needs no other table to know whose measure it is.
CREATE TABLE measure_participants (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    host_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, municipality_id)
);
CREATE INDEX measure_participants_municipality ON measure_participants (municipality_id);
