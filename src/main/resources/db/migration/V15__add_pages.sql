-- Pages (About, Contact) are posts of another kind: the same write path, visibility rule, ETags
-- and old paths, but never in lists, archives, feeds or tallies.
ALTER TABLE post ADD COLUMN kind varchar(8) NOT NULL DEFAULT 'post';
ALTER TABLE post ADD CONSTRAINT post_kind_check CHECK (kind IN ('post', 'page'));

-- The page list, by title, without reading the posts.
CREATE INDEX post_page_idx ON post (lower(title), slug) WHERE kind = 'page';

CREATE OR REPLACE FUNCTION tally_post() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'published' AND OLD.kind = 'post';
    now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'published' AND NEW.kind = 'post';
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

DROP TRIGGER "A_post_tally_update" ON post;
CREATE TRIGGER "A_post_tally_update" AFTER UPDATE OF status, author_id, kind ON post
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.author_id IS DISTINCT FROM NEW.author_id
                       OR OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION tally_post();
