-- Issue 17: the thresholds that hide small groups in survey results, per organisation
-- (never below 3; the defaults follow common Norwegian practice: 5 per cell, 20 per group).
ALTER TABLE organisations ADD COLUMN survey_cell BIGINT NOT NULL DEFAULT 5;
ALTER TABLE organisations ADD COLUMN survey_group BIGINT NOT NULL DEFAULT 20;
