-- Surveys (capability C6), anonymous by construction. A survey's definition, settings
-- and state are one JSON document (domain `survey::Survey`); `token` is the random part
-- of its public link. An answer is its answers and the day, nothing else: no session,
-- code, network address or time of day, and its key is random, so neither an id nor
-- the order of rows tells when it came. A class code keeps only whether it was used.
-- Kept in step with crates/store-sqlite/migrations/0025_surveys.sql.

CREATE TABLE surveys (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id   BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id  BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    token    TEXT NOT NULL UNIQUE,
    doc      TEXT NOT NULL
);
CREATE INDEX surveys_by_plan ON surveys (org_id, plan_id);

CREATE TABLE survey_answers (
    survey_id  BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    answer_key TEXT NOT NULL,
    day        TEXT NOT NULL,
    answers    TEXT NOT NULL,
    PRIMARY KEY (survey_id, answer_key)
);

CREATE TABLE survey_codes (
    survey_id  BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    class      TEXT NOT NULL,
    used       BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (survey_id, code)
);
