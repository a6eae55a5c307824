-- When an incident last changed (ISO instant, UTC): kept across a rebuild that leaves its body
-- as it was, so that a client can ask for the incidents changed since it last looked.
ALTER TABLE incidents ADD COLUMN updated_at TEXT;
UPDATE incidents SET updated_at = '1970-01-01T00:00:00.000000Z';
