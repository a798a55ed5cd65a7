-- The shared (PostgreSQL) store keeps its files in the database itself, so that every client sees the same
-- files and a file is written in the same transaction as the row that refers to it (decision 0090). The
-- embedded store keeps its files in the data folder and leaves this table empty.
CREATE TABLE fil (
    sha256          CHAR(64) PRIMARY KEY,
    storlek         BIGINT NOT NULL CHECK (storlek >= 0),
    innehall        BYTEA NOT NULL
);
