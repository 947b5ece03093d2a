-- Schema 3: the bundled county-to-region list with each row's evidence (issue 18), from data/region_counties.csv.
-- The map layers carry each county's region, basis and source; the quoted passage or reasoning (note) is only here,
-- so the window can show why a county belongs. Rebuilt with the rest of the database from data/.

CREATE TABLE county_membership (
    county_code   TEXT NOT NULL CHECK (length(county_code) = 6),
    region_code   TEXT NOT NULL REFERENCES region (code),
    county_zh     TEXT NOT NULL,
    prefecture_zh TEXT NOT NULL DEFAULT '',
    province_zh   TEXT NOT NULL DEFAULT '',
    basis         TEXT NOT NULL CHECK (basis IN ('explicit', 'whole prefecture', 'inferred', 'approximate')),
    source        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    file_row      INTEGER NOT NULL,
    PRIMARY KEY (county_code, region_code)
);

CREATE INDEX county_membership_by_region ON county_membership (region_code);
