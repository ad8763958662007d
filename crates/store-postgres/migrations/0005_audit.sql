-- What was done to personal data, by whom and when. Kept in step with
-- crates/store-sqlite/migrations/0005_audit.sql.

CREATE TABLE audit_log (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id   BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id  BIGINT,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL,
    at       BIGINT NOT NULL
);
CREATE INDEX audit_log_by_org ON audit_log (org_id);
CREATE INDEX inputs_by_sender_email ON inputs (sender_email);
