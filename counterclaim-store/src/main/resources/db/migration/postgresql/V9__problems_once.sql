-- A problem is recorded once per source and reason: a unique index finds a repeat in constant
-- time (a NOT EXISTS over an unindexed table made recording quadratic). Long texts are cut as the
-- ledger now cuts them (an index entry must stay small), and repeats recorded before are dropped,
-- the first kept.
UPDATE problems SET source = left(source, 399) || '…' WHERE length(source) > 400;
UPDATE problems SET reason = left(reason, 399) || '…' WHERE length(reason) > 400;
DELETE FROM problems a USING problems b
  WHERE a.source = b.source AND a.reason = b.reason AND a.ctid > b.ctid;
CREATE UNIQUE INDEX problems_once ON problems (source, reason);
