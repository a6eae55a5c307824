-- One schema for SQLite and PostgreSQL: portable types only; offsets are UTF-16 offsets into
-- reports.text, as in the extraction JSON.

CREATE TABLE reports (
  report_key     TEXT PRIMARY KEY,      -- the JSONL id, else the file path
  content_hash   TEXT NOT NULL,         -- SHA-256 of the text
  duplicate_of   TEXT,                  -- report_key of the first report with the same text
  source         TEXT NOT NULL,         -- the file it was read from
  published      TEXT,                  -- YYYY-MM-DD
  publisher      TEXT,
  text           TEXT NOT NULL,
  extraction     TEXT,                  -- the extraction JSON (null for duplicates)
  ingested_at    TEXT NOT NULL
);
CREATE INDEX reports_by_hash ON reports (content_hash);

CREATE TABLE claims (
  report_key     TEXT NOT NULL REFERENCES reports (report_key),
  idx            INTEGER NOT NULL,
  outcome        TEXT NOT NULL,
  victims        TEXT NOT NULL,
  victim_text    TEXT,
  low            INTEGER NOT NULL,
  high           INTEGER,               -- null when open-ended
  qualifier      TEXT NOT NULL,
  count_text     TEXT NOT NULL,
  claimant       TEXT,
  claimant_type  TEXT,
  relayed_by     TEXT,
  self_interested INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  PRIMARY KEY (report_key, idx)
);

CREATE TABLE quotes (
  report_key     TEXT NOT NULL REFERENCES reports (report_key),
  idx            INTEGER NOT NULL,
  quote_text     TEXT NOT NULL,
  direct         INTEGER NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  speaker_name   TEXT,
  speaker_role   TEXT,
  speaker_actor  TEXT,
  speaker_type   TEXT,
  cue            TEXT,
  PRIMARY KEY (report_key, idx)
);

CREATE TABLE places (
  report_key     TEXT NOT NULL REFERENCES reports (report_key),
  idx            INTEGER NOT NULL,
  mention        TEXT NOT NULL,
  start_offset   INTEGER NOT NULL,
  end_offset     INTEGER NOT NULL,
  name           TEXT,
  geoname_id     INTEGER,
  lat            REAL,
  lon            REAL,
  country        TEXT,
  admin1         TEXT,
  admin2         TEXT,
  geo_precision  TEXT NOT NULL,          -- town, district, province or country
  event          INTEGER NOT NULL,
  PRIMARY KEY (report_key, idx)
);

CREATE TABLE problems (
  source         TEXT NOT NULL,
  reason         TEXT NOT NULL,
  seen_at        TEXT NOT NULL
);
