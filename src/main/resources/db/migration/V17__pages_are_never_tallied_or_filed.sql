-- A page is filed under no category and carries no tags, and is never counted: every tally and
-- filing trigger asks for kind = 'post', as the post tally has since V15, so no writer and no
-- later change of kind can make a tag say it has posts its list does not show.
CREATE OR REPLACE FUNCTION tally_post_category() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 0);
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM post WHERE id = OLD.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('c', OLD.category_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM post WHERE id = NEW.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('c', NEW.category_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION tally_post_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 0);
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM post WHERE id = OLD.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('t', OLD.tag_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM post WHERE id = NEW.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('t', NEW.tag_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION file_with_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published_at := (SELECT CASE WHEN p.status = 'published' AND p.kind = 'post'
                                     THEN p.published_at END
                         FROM post p WHERE p.id = NEW.post_id);
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION refile_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_category
    SET published_at = CASE WHEN NEW.status = 'published' AND NEW.kind = 'post'
                            THEN NEW.published_at END
    WHERE post_id = NEW.id;
    UPDATE post_tag
    SET published_at = CASE WHEN NEW.status = 'published' AND NEW.kind = 'post'
                            THEN NEW.published_at END
    WHERE post_id = NEW.id;
    RETURN NULL;
END;
$$;

DROP TRIGGER post_publication_filed ON post;
CREATE TRIGGER post_publication_filed AFTER UPDATE OF status, published_at, kind ON post
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.published_at IS DISTINCT FROM NEW.published_at
                       OR OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION refile_publication();

-- What earlier imports filed under pages: unfiled, and the tallies counted again.
UPDATE post_category pc SET published_at = NULL FROM post p
WHERE p.id = pc.post_id AND p.kind = 'page' AND pc.published_at IS NOT NULL;
UPDATE post_tag pt SET published_at = NULL FROM post p
WHERE p.id = pt.post_id AND p.kind = 'page' AND pt.published_at IS NOT NULL;
DELETE FROM post_tally WHERE scope IN ('c', 't');
INSERT INTO post_tally (scope, key, published)
SELECT 'c', pc.category_id, count(*) FROM post_category pc JOIN post p ON p.id = pc.post_id
WHERE p.status = 'published' AND p.kind = 'post' GROUP BY pc.category_id;
INSERT INTO post_tally (scope, key, published)
SELECT 't', pt.tag_id, count(*) FROM post_tag pt JOIN post p ON p.id = pt.post_id
WHERE p.status = 'published' AND p.kind = 'post' GROUP BY pt.tag_id;
