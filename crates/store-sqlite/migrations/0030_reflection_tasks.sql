-- Reflection tasks between gatherings (issue 18, seed 000): a regional body poses a
-- task, each municipality of its county answers it once (rewriting replaces the
-- answer). `due_date` is ISO 8601 (YYYY-MM-DD); `gathering_id` the gathering the task
-- prepares, if any.
CREATE TABLE reflection_tasks (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    prompt TEXT NOT NULL,
    due_date TEXT,
    gathering_id INTEGER REFERENCES gatherings (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX reflection_tasks_body ON reflection_tasks (body_id);

CREATE TABLE reflection_answers (
    task_id INTEGER NOT NULL REFERENCES reflection_tasks (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    answered_by TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (task_id, municipality_id)
);
