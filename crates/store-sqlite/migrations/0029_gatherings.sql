-- Network gatherings of a regional body (issue 18, seed 000) and the participants the
-- municipalities of its county register. Times are Norwegian local time as
-- 'YYYY-MM-DDTHH:MM'. A registration's seat is 'confirmed' or 'waiting'; the waiting
-- list's order is the registrations' id order. `registrations` on the gathering is
-- bumped first by every registration and cancellation, so that those of one gathering
-- run one at a time on both backends (the row lock in PostgreSQL, the write lock in
-- SQLite) and the caps hold.
CREATE TABLE gatherings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    form TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    per_municipality INTEGER,
    capacity INTEGER,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    registrations INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX gatherings_body ON gatherings (body_id, starts_at);

CREATE TABLE gathering_registrations (
    id INTEGER PRIMARY KEY,
    gathering_id INTEGER NOT NULL REFERENCES gatherings (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    seat TEXT NOT NULL,
    registered_at INTEGER NOT NULL
);
CREATE INDEX gathering_registrations_gathering ON gathering_registrations (gathering_id, municipality_id);
