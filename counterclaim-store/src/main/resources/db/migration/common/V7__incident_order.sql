-- Incident lists are read newest first, a page at a time: sort_key is the event date (or
-- 0000-00-00 when unknown) and the id, so that a page continues after the last key it showed.
ALTER TABLE incidents ADD COLUMN sort_key TEXT;
UPDATE incidents SET sort_key = COALESCE(event_date, '0000-00-00') || ' ' || incident_id;
CREATE INDEX incidents_by_sort_key ON incidents (sort_key);
