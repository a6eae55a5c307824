-- Incidents: groups of reports about one event, rebuilt whenever reports change. A top-level
-- incident of an operation across several towns has one child per town (parent_id set). Columns
-- repeat what lists and maps filter and sort on; body holds the whole incident as JSON (claims,
-- figures, reports, children and the links that joined its reports).
CREATE TABLE incidents (
  incident_id    TEXT PRIMARY KEY,
  parent_id      TEXT,
  event_date     TEXT,                  -- YYYY-MM-DD
  date_from      TEXT NOT NULL,         -- report text, publication or unknown
  location       TEXT,
  country        TEXT,
  admin1         TEXT,
  admin2         TEXT,
  lat            REAL,
  lon            REAL,
  geo_precision  TEXT,
  deaths_low     INTEGER,
  deaths_best    INTEGER,
  deaths_high    INTEGER,               -- null when open-ended or when no deaths were claimed
  contested      INTEGER NOT NULL,
  claims         INTEGER NOT NULL,
  sources        INTEGER NOT NULL,
  reports        INTEGER NOT NULL,
  armed_groups   TEXT,                  -- names joined by "; "
  victims        TEXT,
  body           TEXT NOT NULL
);
CREATE INDEX incidents_by_date ON incidents (event_date, incident_id);
CREATE INDEX incidents_by_parent ON incidents (parent_id);

CREATE TABLE incident_reports (
  incident_id    TEXT NOT NULL,
  report_key     TEXT NOT NULL,
  PRIMARY KEY (incident_id, report_key)
);
CREATE INDEX incident_reports_by_report ON incident_reports (report_key);

-- An analyst's corrections, by report keys so that they survive re-ingest: 'together' joins two
-- reports' incidents, 'apart' keeps two reports in different incidents. A later correction
-- replaces an earlier one about the same pair.
CREATE TABLE corrections (
  kind           TEXT NOT NULL,
  report_a       TEXT NOT NULL,
  report_b       TEXT NOT NULL,
  made_at        TEXT NOT NULL
);

-- Numbers handed out so far (incident ids are never reused).
CREATE TABLE counters (
  name           TEXT PRIMARY KEY,
  value          INTEGER NOT NULL
);
