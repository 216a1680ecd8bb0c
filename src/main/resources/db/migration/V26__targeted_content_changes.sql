-- A post write says what it touched (its own notification on blog_content, "topics\n…", see
-- ContentChanges) and marks its transaction with blog.targeted = on: the tables' triggers then
-- stop announcing it as a change of everything, so other instances forget only the answers that
-- showed what changed. Every other write is still announced by its table's name, as before.
CREATE OR REPLACE FUNCTION stamp_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_change SET changed_at = greatest(changed_at, clock_timestamp()) WHERE id = 1;
    IF coalesce(current_setting('blog.targeted', true), '') <> 'on' THEN
        PERFORM pg_notify('blog_content', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END;
$$;
