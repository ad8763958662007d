-- The register of inputs to a plan, from every channel. Kept in step with
-- crates/store-sqlite/migrations/0003_inputs.sql.

CREATE TABLE inputs (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id                 BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id                BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    -- The hearing activity a response answers; kept when the activity is removed.
    hearing_id             BIGINT,
    channel                TEXT NOT NULL,
    body                   TEXT NOT NULL,
    sender_name            TEXT,
    sender_organisation    TEXT,
    sender_email           TEXT,
    name_may_be_published  BOOLEAN NOT NULL DEFAULT FALSE,
    -- An unguessable token: the receipt page's address.
    receipt_token          TEXT NOT NULL UNIQUE,
    received_at            BIGINT NOT NULL
);
CREATE INDEX inputs_by_plan ON inputs (plan_id);
