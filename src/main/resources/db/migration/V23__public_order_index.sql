-- The sitemaps list public posts and pages oldest first, a file of a few thousand at a time: a
-- file's first item is found by skipping through this index alone (kind first, so neither kind
-- reads the other's rows), and the file's rows are then read from there on.
CREATE INDEX post_public_order_idx ON post (kind, published_at, id) WHERE status = 'published';
