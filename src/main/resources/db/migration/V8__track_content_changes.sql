-- When published content last changed, for feeds' Last-Modified: a deletion or a category rename
-- changes a feed without leaving a newer row behind, so every write to these tables stamps one row.
CREATE TABLE content_change (
    id         int         PRIMARY KEY CHECK (id = 1),
    changed_at timestamptz NOT NULL
);

INSERT INTO content_change (id, changed_at) VALUES (1, now());

CREATE FUNCTION stamp_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_change SET changed_at = greatest(changed_at, clock_timestamp()) WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_changed AFTER INSERT OR UPDATE OR DELETE ON post
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER post_category_changed AFTER INSERT OR UPDATE OR DELETE ON post_category
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER category_changed AFTER INSERT OR UPDATE OR DELETE ON category
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER author_changed AFTER INSERT OR UPDATE OR DELETE ON author
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
