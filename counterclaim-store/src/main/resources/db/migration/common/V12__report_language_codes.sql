-- A report's language is its ISO 639-1 code ('en', 'de', 'ur'), 'und' when it could not be told;
-- reports stored before languages were told apart were 'other'.
UPDATE reports SET language = 'und' WHERE language = 'other';
