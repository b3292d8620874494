-- V2: statistics (datasets, indicators, observations, origin-destination flows, code changes).
-- Owned by the statistics feature; see jp.chiikiatlas.stats.
-- Region codes are five digits without check digit (Japan 00000), as in region(code) of V1, but
-- there is no foreign key to region: statistics may name regions the boundary edition does not
-- have (2000 codes before the mergers, 浜松市's 2024 wards).

-- One imported source file. Re-importing a file replaces its rows (ON DELETE CASCADE).
CREATE TABLE dataset (
    id             TEXT PRIMARY KEY,   -- e.g. juki-dynamics-2025
    title_ja       TEXT NOT NULL,
    title_en       TEXT,
    publisher      TEXT NOT NULL,
    survey         TEXT,
    table_name     TEXT,
    reference_date TEXT,
    licence        TEXT NOT NULL,
    credit         TEXT NOT NULL,
    source_file    TEXT,
    sha256         TEXT,
    imported_at    TEXT NOT NULL
);

CREATE TABLE indicator (
    id         TEXT PRIMARY KEY,       -- population, households, births, ...
    name_ja    TEXT NOT NULL,
    name_en    TEXT,
    unit       TEXT,
    dimensions TEXT NOT NULL DEFAULT '' -- comma-separated dimension names, e.g. 'sex,age'
);

-- A series: one indicator with one set of dimension values from one dataset. Observations hang off
-- it, so their key is short (series, region, period) and one B-tree serves lookups, time series,
-- cross-sections and the delete of a re-imported dataset.
-- dims: canonical 'k=v;k=v' sorted by key, values 'total' left out, so the plain total is ''.
-- The same figure may come from two datasets (the 2015 age table and the 2015 dynamics table
-- both give population 2015); both are kept, queries take the one with the smaller dataset id.
CREATE TABLE series (
    id           INTEGER PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicator(id),
    dims         TEXT NOT NULL DEFAULT '',
    dataset_id   TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    UNIQUE (indicator_id, dims, dataset_id)
);
CREATE INDEX series_dataset ON series(dataset_id);

CREATE TABLE observation (
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    region_code TEXT NOT NULL,
    period      INTEGER NOT NULL,
    value       REAL,
    status      TEXT NOT NULL CHECK (status IN ('ok','suppressed','not_surveyed','not_available')),
    CHECK ((status = 'ok') = (value IS NOT NULL)),
    PRIMARY KEY (series_id, region_code, period)
) WITHOUT ROWID;

CREATE TABLE flow (
    series_id        INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    origin_code      TEXT NOT NULL,
    destination_code TEXT NOT NULL,
    period           INTEGER NOT NULL,
    value            REAL NOT NULL,
    PRIMARY KEY (series_id, origin_code, destination_code, period)
) WITHOUT ROWID;
CREATE INDEX flow_destination ON flow(series_id, destination_code, period);

-- Municipal code changes, so a missing value can be explained ("code changed on 2024-01-01").
-- One row per old → new pair; new_code NULL when a code was abolished without a successor.
CREATE TABLE code_change (
    old_code       TEXT NOT NULL,
    old_name       TEXT NOT NULL,
    new_code       TEXT,
    new_name       TEXT,
    effective_date TEXT NOT NULL,      -- ISO date the new codes apply from
    kind           TEXT NOT NULL,      -- ward_reorganisation, merger, ...
    parent_code    TEXT,               -- the city whose totals stay comparable (22130 浜松市)
    note           TEXT,
    PRIMARY KEY (old_code, new_code, effective_date)
);
CREATE INDEX code_change_new ON code_change(new_code);

-- 浜松市: seven wards became three on 2024-01-01 (北区 was split between 中央区 and 浜名区).
INSERT INTO code_change VALUES ('22131','浜松市中区','22138','浜松市中央区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編');
INSERT INTO code_change VALUES ('22132','浜松市東区','22138','浜松市中央区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編');
INSERT INTO code_change VALUES ('22133','浜松市西区','22138','浜松市中央区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編');
INSERT INTO code_change VALUES ('22134','浜松市南区','22138','浜松市中央区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編');
INSERT INTO code_change VALUES ('22135','浜松市北区','22138','浜松市中央区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編（北区の一部）');
INSERT INTO code_change VALUES ('22135','浜松市北区','22139','浜松市浜名区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編（北区の一部）');
INSERT INTO code_change VALUES ('22136','浜松市浜北区','22139','浜松市浜名区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編');
INSERT INTO code_change VALUES ('22137','浜松市天竜区','22140','浜松市天竜区','2024-01-01','ward_reorganisation','22130','浜松市の行政区再編（区域は同じ、コード変更）');
