-- User database, schema 2: county-to-region lists users imported (issue 18). Like the imported tables, the user's own
-- data: never rebuilt, changed only by an import, a removal or a choice of list the user asked for, each one
-- transaction. The bundled list is not stored here: it is the atlas's own (the bundled database and map layers).

CREATE TABLE membership_list (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (name <> '' AND lower(name) <> 'bundled'),
    file_name     TEXT NOT NULL,
    file_path     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    file_size     INTEGER NOT NULL,
    format        TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
    encoding      TEXT NOT NULL DEFAULT '',
    sheet         TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_stored   INTEGER NOT NULL,
    rows_left_out INTEGER NOT NULL
);

-- The same bytes and sheet are the same list: importing a file again is recognised, not stored twice.
CREATE UNIQUE INDEX membership_list_by_file ON membership_list (sha256, sheet);

-- One row per county and region, with the file's row and the evidence the file gives (basis, source, note).
CREATE TABLE membership_row (
    list_id     INTEGER NOT NULL REFERENCES membership_list (id) ON DELETE CASCADE,
    county_code TEXT NOT NULL CHECK (length(county_code) = 6),
    region_code TEXT NOT NULL,
    basis       TEXT NOT NULL CHECK (basis IN ('explicit', 'whole prefecture', 'inferred', 'approximate')),
    source      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    file_row    INTEGER NOT NULL,
    key_text    TEXT NOT NULL,
    match_note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (list_id, county_code, region_code)
);

-- Rows of the file that were not kept, and why (unknown or ambiguous county, not on the map, a repeated row).
CREATE TABLE membership_left_out (
    list_id    INTEGER NOT NULL REFERENCES membership_list (id) ON DELETE CASCADE,
    file_row   INTEGER NOT NULL,
    key_text   TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (list_id, file_row)
);

-- The user's choices the atlas remembers: 'membership.in_force' is the name of the list that draws the regions
-- (absent: the bundled list).
CREATE TABLE user_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
