-- An imported post keeps serving the path it had on the old blog (relative to BLOG_BASE_URL) as
-- its permalink, so links and feeds survive the move even where the permalink pattern would now
-- give another path (two old posts with one slug on different days, say).
ALTER TABLE post ADD COLUMN legacy_path varchar(2000);
