-- A post's authors in order (Ghost's co-authors): the first is the post's author (post.author_id,
-- kept for every reader that wants one), the others wrote it with them. An authorship carries its
-- post's publication time while the post is published, as a category filing (V13) and a tagging
-- (V14) do, so an author's list walks its own rows; the author tallies ('u', V11) now count
-- authorships, so an author's count includes the posts they co-wrote.
CREATE TABLE post_author (
    post_id      uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id    uuid NOT NULL REFERENCES author (id),
    position     int  NOT NULL,
    published_at timestamptz,
    CONSTRAINT post_author_pkey PRIMARY KEY (post_id, position),
    -- Deferred because reordering a list rewrites rows one at a time.
    CONSTRAINT post_author_once UNIQUE (post_id, author_id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX post_author_author_idx ON post_author (author_id, post_id);
CREATE INDEX post_author_published_idx
    ON post_author (author_id, published_at DESC, post_id DESC) WHERE published_at IS NOT NULL;

CREATE TRIGGER post_author_publication BEFORE INSERT OR UPDATE OF post_id ON post_author
    FOR EACH ROW EXECUTE FUNCTION file_with_publication();

-- Every post's author is its first authorship (filed by the trigger above).
INSERT INTO post_author (post_id, author_id, position) SELECT id, author_id, 0 FROM post;

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
    UPDATE post_author
    SET published_at = CASE WHEN NEW.status = 'published' AND NEW.kind = 'post'
                            THEN NEW.published_at END
    WHERE post_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION tally_post() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'published' AND OLD.kind = 'post';
    now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'published' AND NEW.kind = 'post';
    key uuid;
BEGIN
    IF was_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', -1);
        FOR key IN SELECT author_id FROM post_author WHERE post_id = OLD.id LOOP
            PERFORM tally_published('u', key, -1);
        END LOOP;
        FOR key IN SELECT category_id FROM post_category WHERE post_id = OLD.id LOOP
            PERFORM tally_published('c', key, -1);
        END LOOP;
        FOR key IN SELECT tag_id FROM post_tag WHERE post_id = OLD.id LOOP
            PERFORM tally_published('t', key, -1);
        END LOOP;
    END IF;
    IF now_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 1);
        FOR key IN SELECT author_id FROM post_author WHERE post_id = NEW.id LOOP
            PERFORM tally_published('u', key, 1);
        END LOOP;
        FOR key IN SELECT category_id FROM post_category WHERE post_id = NEW.id LOOP
            PERFORM tally_published('c', key, 1);
        END LOOP;
        FOR key IN SELECT tag_id FROM post_tag WHERE post_id = NEW.id LOOP
            PERFORM tally_published('t', key, 1);
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;

-- The author tallies follow authorships now, not post.author_id.
DROP TRIGGER "A_post_tally_update" ON post;
CREATE TRIGGER "A_post_tally_update" AFTER UPDATE OF status, kind ON post
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION tally_post();

CREATE FUNCTION tally_post_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The row of the whole blog first, as every tally writer does (V11).
    PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 0);
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM post WHERE id = OLD.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('u', OLD.author_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM post WHERE id = NEW.post_id
                                     AND status = 'published' AND kind = 'post') THEN
        PERFORM tally_published('u', NEW.author_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_author_tally AFTER INSERT OR DELETE OR UPDATE OF author_id, post_id ON post_author
    FOR EACH ROW EXECUTE FUNCTION tally_post_author();

CREATE OR REPLACE FUNCTION tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'post' THEN
        DELETE FROM post_tally;
    ELSIF TG_TABLE_NAME = 'post_tag' THEN
        DELETE FROM post_tally WHERE scope = 't';
    ELSIF TG_TABLE_NAME = 'post_author' THEN
        DELETE FROM post_tally WHERE scope = 'u';
    ELSE
        DELETE FROM post_tally WHERE scope = 'c';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_author_tally_truncated AFTER TRUNCATE ON post_author
    FOR EACH STATEMENT EXECUTE FUNCTION tally_truncated();
CREATE TRIGGER post_author_changed AFTER INSERT OR UPDATE OR DELETE ON post_author
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER post_author_truncated AFTER TRUNCATE ON post_author
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();

-- The author tallies counted again from the authorships (the same numbers while every post has
-- one author).
DELETE FROM post_tally WHERE scope = 'u';
INSERT INTO post_tally (scope, key, published)
SELECT 'u', pa.author_id, count(*) FROM post_author pa JOIN post p ON p.id = pa.post_id
WHERE p.status = 'published' AND p.kind = 'post' GROUP BY pa.author_id;
