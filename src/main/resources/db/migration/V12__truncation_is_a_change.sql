-- Emptying a table with TRUNCATE (an operator's reset, a test's clean slate) fires no row or
-- delete trigger: it must still reset the tallies of V11 and announce the change (V8, V10).
CREATE FUNCTION tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'post' THEN
        DELETE FROM post_tally;
    ELSE
        DELETE FROM post_tally WHERE scope = 'c';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER post_tally_truncated AFTER TRUNCATE ON post
    FOR EACH STATEMENT EXECUTE FUNCTION tally_truncated();
CREATE TRIGGER post_category_tally_truncated AFTER TRUNCATE ON post_category
    FOR EACH STATEMENT EXECUTE FUNCTION tally_truncated();

CREATE TRIGGER post_truncated AFTER TRUNCATE ON post
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER post_category_truncated AFTER TRUNCATE ON post_category
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER category_truncated AFTER TRUNCATE ON category
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER author_truncated AFTER TRUNCATE ON author
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
CREATE TRIGGER post_alias_truncated AFTER TRUNCATE ON post_alias
    FOR EACH STATEMENT EXECUTE FUNCTION stamp_content_change();
