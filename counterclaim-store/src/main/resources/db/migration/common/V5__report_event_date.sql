-- When the report says its event happened (YYYY-MM-DD), read from its text and publication date.
ALTER TABLE reports ADD COLUMN event_date TEXT;
