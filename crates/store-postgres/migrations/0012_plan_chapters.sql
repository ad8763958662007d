-- The plan document's free text, one row per chapter of the outline (by its number,
-- e.g. "3.2"), with who changed it last and when. Kept in step with
-- crates/store-sqlite/migrations/0012_plan_chapters.sql.

CREATE TABLE plan_chapters (
    org_id      BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    plan_id     BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    chapter     TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (plan_id, chapter)
);
