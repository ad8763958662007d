-- An adviser's marks on a municipality of their county (issue 18), in the manner of
-- Statsforvalteren's yearly "kommunebilde": per area green, yellow or red with a note.
-- Each regional body keeps its own; the municipality reads them.
CREATE TABLE county_marks (
    body_id INTEGER NOT NULL REFERENCES organisations (id),
    municipality_id INTEGER NOT NULL REFERENCES organisations (id),
    area TEXT NOT NULL,
    colour TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (body_id, municipality_id, area)
);
CREATE INDEX county_marks_municipality ON county_marks (municipality_id);
