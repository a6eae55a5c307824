-- Full-text search over report texts (PostgreSQL tsvector, English configuration).
ALTER TABLE reports ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX reports_by_search ON reports USING GIN (search);
