-- A category's public list walks that category's own filings newest first instead of every post
-- (post_category_published_idx), so each filing carries its post's publication time while the
-- post is published, and null otherwise. Triggers keep the copy: a filing takes it when written,
-- and a post's filings follow when its status or publication time changes.
ALTER TABLE post_category ADD COLUMN published_at timestamptz;

UPDATE post_category pc SET published_at = p.published_at
FROM post p WHERE p.id = pc.post_id AND p.status = 'published';

CREATE INDEX post_category_published_idx
    ON post_category (category_id, published_at DESC, post_id DESC) WHERE published_at IS NOT NULL;

CREATE FUNCTION file_with_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published_at := (SELECT CASE WHEN p.status = 'published' THEN p.published_at END
                         FROM post p WHERE p.id = NEW.post_id);
    RETURN NEW;
END;
$$;

CREATE TRIGGER post_category_publication BEFORE INSERT OR UPDATE OF post_id ON post_category
    FOR EACH ROW EXECUTE FUNCTION file_with_publication();

CREATE FUNCTION refile_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_category
    SET published_at = CASE WHEN NEW.status = 'published' THEN NEW.published_at END
    WHERE post_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_publication_filed AFTER UPDATE OF status, published_at ON post
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION refile_publication();
