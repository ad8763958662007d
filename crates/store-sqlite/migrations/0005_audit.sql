-- What was done to personal data, by whom and when. Kept in step with
-- crates/store-postgres/migrations/0005_audit.sql.

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    org_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id  INTEGER,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX audit_log_by_org ON audit_log (org_id);
CREATE INDEX inputs_by_sender_email ON inputs (sender_email);
