-- Failed logins are counted per address tried, whether or not an account has it, so
-- the answer (and the growing delay) is the same for known and unknown addresses.
-- The address is kept only as its SHA-256. The per-account lock columns go. Kept in
-- step with crates/store-postgres/migrations/0016_login_throttle.sql.

CREATE TABLE login_failures (
    address_hash    TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);

ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
