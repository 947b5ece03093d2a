-- User database, schema 1: tables users imported (issue 17). This file is the user's own data: the atlas never
-- rebuilds it from bundled data (that is the other database), and never changes it except by an import or a removal
-- the user asked for, each one transaction.
-- Values are TEXT holding the exact decimal read from the cell (1,234.50 is stored as 1234.50); NULL means
-- "not reported" and missing_reason says why (blank, marked missing, spreadsheet error, date, text), never 0.

CREATE TABLE dataset (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_path     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    file_size     INTEGER NOT NULL,
    format        TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    encoding      TEXT NOT NULL DEFAULT '',
    sheet         TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('county', 'province', 'region')),
    key_column    TEXT NOT NULL,
    source_text   TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_stored   INTEGER NOT NULL,
    rows_left_out INTEGER NOT NULL
);

-- The same bytes and sheet are the same import: re-importing a file is recognised, not stored twice.
CREATE UNIQUE INDEX dataset_by_file ON dataset (sha256, sheet);

-- One indicator per imported column. code is what users type (export --indicator d3.4: dataset 3, column 4).
CREATE TABLE dataset_indicator (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    dataset_id    INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    column_index  INTEGER NOT NULL,
    column_letter TEXT NOT NULL,
    header        TEXT NOT NULL,
    name          TEXT NOT NULL CHECK (name <> ''),
    unit          TEXT NOT NULL DEFAULT '',
    year          INTEGER,
    UNIQUE (dataset_id, column_index)
);

-- One stored row of the file per matched unit: its row number, the key as written and how it was matched.
CREATE TABLE dataset_row (
    dataset_id INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    unit_code  TEXT NOT NULL,
    unit_name  TEXT NOT NULL,
    key_text   TEXT NOT NULL,
    match_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dataset_id, row_number),
    UNIQUE (dataset_id, unit_code)
) WITHOUT ROWID;

CREATE INDEX dataset_row_by_unit ON dataset_row (unit_code);

-- One cell per stored row and indicator: the value read, or why there is none, and the cell's text exactly; the
-- cell is the indicator's column letter and the row number.
CREATE TABLE dataset_value (
    indicator_id   INTEGER NOT NULL REFERENCES dataset_indicator (id) ON DELETE CASCADE,
    row_number     INTEGER NOT NULL,
    value          TEXT,
    missing_reason TEXT CHECK (missing_reason IN ('blank', 'marked', 'error', 'date', 'text')),
    cell_text      TEXT NOT NULL,
    PRIMARY KEY (indicator_id, row_number),
    CHECK ((value IS NULL) <> (missing_reason IS NULL))
) WITHOUT ROWID;

-- Rows of the file that were not stored, and why (unknown, ambiguous or empty key, outside the map's layer).
CREATE TABLE dataset_left_out (
    dataset_id INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    key_text   TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (dataset_id, row_number)
);
