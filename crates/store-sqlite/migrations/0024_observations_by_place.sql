-- A comparison reads an indicator's figures for a few places in every period, and the
-- county's municipalities in one period and breakdown: this index finds both exactly
-- (the first index found a place's rows and then read every period to filter them).
-- Kept in step with crates/store-postgres/migrations/0024_observations_by_place.sql.

DROP INDEX observations_by_indicator;
CREATE INDEX observations_by_place ON observations (indicator_id, region, period_from, period_to, breakdown);
