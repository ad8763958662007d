-- Files attached to hearing responses (PDF, PNG, JPEG), kept in the database: outside
-- any web root, written in the same transaction as their input, and in every backup.
-- Kept in step with crates/store-postgres/migrations/0007_attachments.sql.

CREATE TABLE input_attachments (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    input_id   INTEGER NOT NULL REFERENCES inputs (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    content    BLOB NOT NULL
);
CREATE INDEX input_attachments_by_plan ON input_attachments (plan_id);
CREATE INDEX input_attachments_by_input ON input_attachments (input_id);
