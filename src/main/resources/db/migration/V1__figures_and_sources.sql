-- Schema 1 of the atlas store: reference lists, documents and sources, indicators, observations with flags,
-- and the Table 1 comparison that links a region's rate to each province row.
-- Values are TEXT holding the exact decimal the source printed, so 2.21 stays 2.21 and 35.00 stays 35.00.
-- NULL value with NULL value_text means "not reported" (and carries the NOT_REPORTED flag), never 0.

CREATE TABLE region (
    code         TEXT PRIMARY KEY,
    seq          INTEGER NOT NULL UNIQUE,
    name_zh      TEXT NOT NULL UNIQUE,
    name_en      TEXT NOT NULL UNIQUE,
    table1_label TEXT NOT NULL DEFAULT ''
);

CREATE TABLE province (
    code          TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_zh       TEXT NOT NULL UNIQUE,
    name_zh_short TEXT NOT NULL,
    name_en       TEXT NOT NULL UNIQUE,
    table1_label  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE region_province (
    region_code   TEXT NOT NULL REFERENCES region (code),
    province_code TEXT NOT NULL REFERENCES province (code),
    seq           INTEGER NOT NULL,
    PRIMARY KEY (region_code, province_code)
);

CREATE TABLE document (
    id       TEXT PRIMARY KEY,
    citation TEXT NOT NULL,
    url      TEXT NOT NULL DEFAULT '',
    note     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE source (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document (id),
    location    TEXT NOT NULL CHECK (location <> ''),
    quote       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator (
    code        TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE observation (
    id             TEXT PRIMARY KEY,
    indicator_code TEXT NOT NULL REFERENCES indicator (code),
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN
                       ('country', 'all_regions', 'region', 'province', 'region_province', 'prefecture', 'survey')),
    region_code    TEXT REFERENCES region (code),
    province_code  TEXT REFERENCES province (code),
    subject        TEXT NOT NULL,
    year           INTEGER,
    value          TEXT,
    value_text     TEXT,
    unit           TEXT NOT NULL,
    scope          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    -- Every figure has a source: the column is NOT NULL and must name a row of source.
    source_id      TEXT NOT NULL REFERENCES source (id),
    CHECK (value IS NULL OR value_text IS NULL)
);

CREATE INDEX observation_by_region ON observation (region_code);
CREATE INDEX observation_by_indicator ON observation (indicator_code);

CREATE TABLE observation_flag (
    observation_id TEXT NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    flag           TEXT NOT NULL CHECK (flag IN ('CONFLICT', 'NOT_REPORTED', 'COMPUTED', 'AMBIGUOUS',
                                                 'LOWER_BOUND', 'UPPER_BOUND', 'PARTIAL', 'INFERRED')),
    PRIMARY KEY (observation_id, flag)
);

-- Table 1 of Wang, Li & He (2014): the region's 2010 rate ...
CREATE TABLE region_rate_2010 (
    region_code    TEXT PRIMARY KEY REFERENCES region (code),
    observation_id TEXT NOT NULL REFERENCES observation (id)
);

-- ... and one row per region-province pair: province rate, printed gap, computed gap.
CREATE TABLE province_comparison (
    region_code             TEXT NOT NULL,
    province_code           TEXT NOT NULL,
    seq                     INTEGER NOT NULL,
    province_rate_obs_id    TEXT NOT NULL REFERENCES observation (id),
    gap_printed_obs_id      TEXT NOT NULL REFERENCES observation (id),
    gap_computed_obs_id     TEXT NOT NULL REFERENCES observation (id),
    PRIMARY KEY (region_code, province_code),
    FOREIGN KEY (region_code, province_code) REFERENCES region_province (region_code, province_code)
);

-- What the content was built from: the checksum of the bundled data/ files, so a changed bundle triggers a rebuild.
CREATE TABLE build_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
