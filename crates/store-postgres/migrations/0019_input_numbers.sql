-- Reference numbers per plan and year (`2024-015`: the plan's 15th input received in
-- 2024), instead of the plan's and the input's global ids. Existing inputs are numbered
-- in the order they were stored, by their year of receipt in Norway.
-- Kept in step with crates/store-sqlite/migrations/0019_input_numbers.sql.

ALTER TABLE inputs ADD COLUMN ref_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inputs ADD COLUMN ref_seq INTEGER NOT NULL DEFAULT 0;

UPDATE inputs SET ref_year = EXTRACT(YEAR FROM to_timestamp(received_at) AT TIME ZONE 'Europe/Oslo')::INTEGER;
UPDATE inputs SET ref_seq = numbered.n FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY plan_id, ref_year ORDER BY id) AS n FROM inputs
) numbered WHERE numbered.id = inputs.id;

CREATE UNIQUE INDEX inputs_reference ON inputs (plan_id, ref_year, ref_seq);
