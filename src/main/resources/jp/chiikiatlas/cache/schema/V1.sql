-- V1: boundaries. One boundary set is current at a time; an import replaces it in one transaction.
CREATE TABLE boundary_set (
    id            INTEGER PRIMARY KEY,
    edition_date  TEXT,              -- e.g. 2021-01-01, from the file name (N03-21_210101)
    source_file   TEXT NOT NULL,     -- file name as imported
    source        TEXT NOT NULL,     -- e.g. 国土数値情報（行政区域データ） 国土交通省
    licence       TEXT NOT NULL,
    attribution   TEXT NOT NULL,     -- credit line stamped on every figure and export
    sha256        TEXT NOT NULL,     -- of the input file(s)
    imported_at   TEXT NOT NULL
);

CREATE TABLE region (
    code            TEXT PRIMARY KEY,      -- five digits, no check digit; Japan 00000, prefecture 13000
    code6           TEXT NOT NULL,         -- six digits with the JIS X 0402 check digit
    level           TEXT NOT NULL CHECK (level IN ('country','prefecture','municipality','designated_city','ward')),
    parent_code     TEXT REFERENCES region(code),
    prefecture_code TEXT,                  -- two digits
    name            TEXT NOT NULL,         -- 千代田区, 札幌市, for wards the full name 札幌市中央区
    full_name       TEXT NOT NULL,         -- 東京都千代田区, 北海道札幌市中央区
    kana            TEXT,
    boundary_set_id INTEGER REFERENCES boundary_set(id) ON DELETE CASCADE
);
CREATE INDEX region_level ON region(level);
CREATE INDEX region_parent ON region(parent_code);

-- Areas without a municipality (所属未定地): kept and shown, never given a code.
CREATE TABLE unassigned_area (
    id              INTEGER PRIMARY KEY,
    boundary_set_id INTEGER REFERENCES boundary_set(id) ON DELETE CASCADE,
    prefecture_code TEXT,
    name            TEXT NOT NULL,
    feature_index   INTEGER NOT NULL
);

-- Geometry per region (or unassigned area) and level of detail, WKB in longitude/latitude (JGD2011).
CREATE TABLE region_geometry (
    region_code TEXT REFERENCES region(code) ON DELETE CASCADE,
    unassigned_id INTEGER REFERENCES unassigned_area(id) ON DELETE CASCADE,
    lod         INTEGER NOT NULL,      -- 0 = as imported, higher = simpler
    wkb         BLOB NOT NULL,
    min_x REAL NOT NULL, min_y REAL NOT NULL, max_x REAL NOT NULL, max_y REAL NOT NULL,
    CHECK ((region_code IS NULL) <> (unassigned_id IS NULL))
);
CREATE UNIQUE INDEX region_geometry_key ON region_geometry(region_code, unassigned_id, lod);
