-- Near-duplicates: a report whose text is nearly another's (wire copy republished with a new
-- first line or footer) keeps its own claims but is linked to the first such report, so that the
-- two count as one source. MinHash signatures are banded for lookup.

ALTER TABLE reports ADD COLUMN copy_of TEXT;       -- report_key of the original, when a near-copy
ALTER TABLE reports ADD COLUMN minhash TEXT;       -- the text's MinHash signature, hexadecimal

CREATE TABLE report_bands (
  band           TEXT NOT NULL,                    -- band number and the hash of its rows
  report_key     TEXT NOT NULL REFERENCES reports (report_key)
);
CREATE INDEX report_bands_by_band ON report_bands (band);
