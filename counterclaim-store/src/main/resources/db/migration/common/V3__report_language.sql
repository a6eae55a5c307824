-- Reports not in English are recorded and counted but not extracted (yet): language is 'en' for
-- extracted reports and 'other' for those.
ALTER TABLE reports ADD COLUMN language TEXT;
