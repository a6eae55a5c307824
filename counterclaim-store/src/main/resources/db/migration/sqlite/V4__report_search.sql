-- Full-text search over report texts (SQLite FTS5), kept in step by triggers.
CREATE VIRTUAL TABLE reports_fts USING fts5 (report_key UNINDEXED, text);
INSERT INTO reports_fts (report_key, text) SELECT report_key, text FROM reports;
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts (report_key, text) VALUES (new.report_key, new.text);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  DELETE FROM reports_fts WHERE report_key = old.report_key;
END;
