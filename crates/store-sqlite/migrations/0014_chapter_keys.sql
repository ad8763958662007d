-- A chapter's text is kept by the chapter's key, its identity in the outline, no longer
-- by its number: texts written before keys existed are under the number the chapter
-- had, and the chapters of such outlines take that number as their key when the
-- programme is next read (crates/domain/src/plan/outline.rs), so nothing moves. Kept in
-- step with crates/store-postgres/migrations/0014_chapter_keys.sql.

ALTER TABLE plan_chapters RENAME COLUMN chapter TO chapter_key;
