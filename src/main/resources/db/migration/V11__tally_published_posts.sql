-- How many published posts there are in all, per author and per category, kept by the writes
-- themselves, so a list's total is not a count over every post. A list's public total is the
-- published tally minus the posts still scheduled (published_at in the future): few, and found
-- through post_published_idx. scope: 'a' all (key is the nil uuid), 'u' author, 'c' category.
CREATE TABLE post_tally (
    scope     char(1) NOT NULL,
    key       uuid    NOT NULL,
    published bigint  NOT NULL,
    CONSTRAINT post_tally_pkey PRIMARY KEY (scope, key),
    CONSTRAINT post_tally_scope_check CHECK (scope IN ('a', 'u', 'c'))
);

CREATE FUNCTION tally_published(scope char(1), key uuid, delta int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO post_tally AS t (scope, key, published) VALUES (scope, key, delta)
    ON CONFLICT (scope, key) DO UPDATE SET published = t.published + excluded.published;
$$;

CREATE FUNCTION tally_post() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'published';
    now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'published';
    category uuid;
BEGIN
    IF was_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', -1);
        PERFORM tally_published('u', OLD.author_id, -1);
        FOR category IN SELECT category_id FROM post_category WHERE post_id = OLD.id LOOP
            PERFORM tally_published('c', category, -1);
        END LOOP;
    END IF;
    IF now_published THEN
        PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 1);
        PERFORM tally_published('u', NEW.author_id, 1);
        FOR category IN SELECT category_id FROM post_category WHERE post_id = NEW.id LOOP
            PERFORM tally_published('c', category, 1);
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$;

-- Named to sort before the foreign keys' own triggers: on a post's deletion it must still see
-- the post's categories, which the cascade removes next.
CREATE TRIGGER "A_post_tally" AFTER INSERT OR DELETE ON post
    FOR EACH ROW EXECUTE FUNCTION tally_post();
CREATE TRIGGER "A_post_tally_update" AFTER UPDATE OF status, author_id ON post
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.author_id IS DISTINCT FROM NEW.author_id)
    EXECUTE FUNCTION tally_post();

CREATE FUNCTION tally_post_category() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Every tally writer takes the row of the whole blog first, so two writers never lock
    -- category rows in opposite orders.
    PERFORM tally_published('a', '00000000-0000-0000-0000-000000000000', 0);
    IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM post WHERE id = OLD.post_id AND status = 'published') THEN
        PERFORM tally_published('c', OLD.category_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM post WHERE id = NEW.post_id AND status = 'published') THEN
        PERFORM tally_published('c', NEW.category_id, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_category_tally AFTER INSERT OR DELETE OR UPDATE OF category_id, post_id ON post_category
    FOR EACH ROW EXECUTE FUNCTION tally_post_category();

INSERT INTO post_tally (scope, key, published)
SELECT 'a', '00000000-0000-0000-0000-000000000000', count(*) FROM post WHERE status = 'published';
INSERT INTO post_tally (scope, key, published)
SELECT 'u', author_id, count(*) FROM post WHERE status = 'published' GROUP BY author_id;
INSERT INTO post_tally (scope, key, published)
SELECT 'c', pc.category_id, count(*) FROM post_category pc JOIN post p ON p.id = pc.post_id
WHERE p.status = 'published' GROUP BY pc.category_id;
