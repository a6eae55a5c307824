-- The newest top-level incidents, a page at a time, straight from an index (no sort of them all).
CREATE INDEX incidents_by_parent_and_sort_key ON incidents (parent_id, sort_key);
