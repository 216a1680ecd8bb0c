-- Every committed change to public content is announced on the channel blog_content, so that
-- each instance drops the answers it keeps in memory (LISTEN/NOTIFY is delivered at commit,
-- and not at all for a rolled-back transaction). Old paths now count as content too: /resolve
-- answers from them.
CREATE OR REPLACE FUNCTION stamp_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_change SET changed_at = greatest(changed_at, clock_timestamp()) WHERE id = 1;
    PERFORM pg_notify('blog_content', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_alias_changed AFTER INSERT OR UPDATE OR DELETE ON post_alias
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
