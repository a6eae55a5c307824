-- A problem is recorded once per source and reason: a unique index finds a repeat in constant
-- time (a NOT EXISTS over an unindexed table made recording quadratic). Long texts are cut as the
-- ledger now cuts them, and repeats recorded before are dropped, the first kept.
UPDATE problems SET source = substr(source, 1, 399) || '…' WHERE length(source) > 400;
UPDATE problems SET reason = substr(reason, 1, 399) || '…' WHERE length(reason) > 400;
DELETE FROM problems WHERE rowid NOT IN (SELECT MIN(rowid) FROM problems GROUP BY source, reason);
CREATE UNIQUE INDEX problems_once ON problems (source, reason);
