-- Adding a member is an invitation the person accepts: the organisation, the address
-- invited, the role, and the hash of the link's token (the token itself is never
-- stored). One open invitation per address and organisation. Kept in step with
-- crates/store-postgres/migrations/0017_invitations.sql.

CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    expires_at  INTEGER NOT NULL,
    UNIQUE (org_id, email)
);
