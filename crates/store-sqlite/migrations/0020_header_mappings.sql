-- What an organisation's own spreadsheet headers mean (`Ansvarlig` → the owner column),
-- remembered from the mapping step of an import so the same sheet imports without
-- asking again. An empty column code means "leave this column out".
-- Kept in step between crates/store-sqlite and crates/store-postgres.

CREATE TABLE header_mappings (
    org_id      INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    header      TEXT   NOT NULL,
    column_code TEXT   NOT NULL,
    PRIMARY KEY (org_id, header)
);
