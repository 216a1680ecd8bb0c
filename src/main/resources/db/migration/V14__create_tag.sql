-- Flat tags beside categories (WordPress and Typo have both, Ghost only tags): a post's tags in
-- the order its writer gave them. A tagging carries its post's publication time while the post
-- is published, as a category filing does (V13), so a tag's list walks its own rows; tallies
-- (V11) count published posts per tag under scope 't'.
CREATE TABLE tag (
    id         uuid PRIMARY KEY,
    slug       varchar(120) NOT NULL,
    name       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT tag_slug_key UNIQUE (slug),
    CONSTRAINT tag_name_key UNIQUE (name)
);

CREATE TABLE post_tag (
    post_id      uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag_id       uuid NOT NULL REFERENCES tag (id),
    position     int  NOT NULL,
    published_at timestamptz,
    CONSTRAINT post_tag_pkey PRIMARY KEY (post_id, position),
    -- Deferred because reordering a list rewrites rows one at a time.
    CONSTRAINT post_tag_once UNIQUE (post_id, tag_id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX post_tag_tag_idx ON post_tag (tag_id, post_id);
CREATE INDEX post_tag_published_idx
    ON post_tag (tag_id, published_at DESC, post_id DESC) WHERE published_at IS NOT NULL;

CREATE TRIGGER post_tag_publication BEFORE INSERT OR UPDATE OF post_id ON post_tag
    FOR EACH ROW EXECUTE FUNCTION file_with_publication();

CREATE OR REPLACE FUNCTION refile_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_category
    SET published_at = CASE WHEN NEW.status = 'published' THEN NEW.published_at END
    WHERE post_id = NEW.id;
    UPDATE post_tag
    SET published_at = CASE WHEN NEW.status = 'published' THEN NEW.published_at END
    WHERE post_id = NEW.id;
    RETURN NULL;
END;
$$;

ALTER TABLE post_tally DROP CONSTRAINT post_tally_scope_check;
ALTER TABLE post_tally ADD CONSTRAINT post_tally_scope_check CHECK (scope IN ('a', 'u', 'c', 't'));

CREATE OR REPLACE FUNCTION tally_post() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'published';
    now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'published';
    key uuid;
BEGIN
    IF was_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', -1);
        PERFORM tally_published('u', OLD.author_id, -1);
        FOR key IN SELECT category_id FROM post_category WHERE post_id = OLD.id LOOP
            PERFORM tally_published('c', key, -1);
        END LOOP;
        FOR key IN SELECT tag_id FROM post_tag WHERE post_id = OLD.id LOOP
            PERFORM tally_published('t', key, -1);
        END LOOP;
    END IF;
    IF now_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 1);
        PERFORM tally_published('u', NEW.author_id, 1);
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

CREATE FUNCTION tally_post_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The row of the whole blog first, as every tally writer does (V11).
    PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 0);
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM post WHERE id = OLD.post_id AND status = 'published') THEN
        PERFORM tally_published('t', OLD.tag_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM post WHERE id = NEW.post_id AND status = 'published') THEN
        PERFORM tally_published('t', NEW.tag_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_tag_tally AFTER INSERT OR DELETE OR UPDATE OF tag_id, post_id ON post_tag
    FOR EACH ROW EXECUTE FUNCTION tally_post_tag();

CREATE OR REPLACE FUNCTION tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'post' THEN
        DELETE FROM post_tally;
    ELSIF TG_TABLE_NAME = 'post_tag' THEN
        DELETE FROM post_tally WHERE scope = 't';
    ELSE
        DELETE FROM post_tally WHERE scope = 'c';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_tag_tally_truncated AFTER TRUNCATE ON post_tag
    FOR EACH STATEMENT EXECUTE FUNCTION tally_truncated();

CREATE TRIGGER post_tag_changed AFTER INSERT OR UPDATE OR DELETE ON post_tag
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER tag_changed AFTER INSERT OR UPDATE OR DELETE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER post_tag_truncated AFTER TRUNCATE ON post_tag
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER tag_truncated AFTER TRUNCATE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
