-- V2: statistics (datasets, indicators, observations, origin-destination flows, code changes).
-- Owned by the statistics feature; see jp.chiikiatlas.stats.
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
