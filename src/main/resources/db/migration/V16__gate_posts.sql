-- Gated posts and pages (Ghost's members-only and paid posts, WordPress's password-protected ones):
-- anonymous readers get their metadata and only the free part, readers with a token the whole.
ALTER TABLE post ADD COLUMN visibility varchar(16) NOT NULL DEFAULT 'public';
ALTER TABLE post ADD CONSTRAINT post_visibility_check
    CHECK (visibility IN ('public', 'members', 'paid', 'password'));
-- The body before the members-only marker: what anyone may read of a gated post; null when none.
ALTER TABLE post ADD COLUMN free_html text;
-- A salted, slow hash (PBKDF2), never the password itself.
ALTER TABLE post ADD COLUMN password_hash varchar(200);
ALTER TABLE post ADD CONSTRAINT post_password_check
    CHECK ((visibility = 'password') = (password_hash IS NOT NULL));

-- Search indexes only what anyone may read, so a word found only behind the gate finds nothing.
ALTER TABLE post DROP COLUMN search;
ALTER TABLE post ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english',
           CASE visibility
               WHEN 'public' THEN content_html
               WHEN 'password' THEN ''
               ELSE coalesce(free_html, '')
           END), 'B')) STORED;
CREATE INDEX post_search_idx ON post USING gin (search);

-- A reader token (a front end's server that checked its own members) reads gated content whole.
ALTER TABLE api_token DROP CONSTRAINT api_token_role_check;
ALTER TABLE api_token ADD CONSTRAINT api_token_role_check CHECK (role IN ('admin', 'author', 'reader'));
ALTER TABLE api_token DROP CONSTRAINT api_token_author_check;
ALTER TABLE api_token ADD CONSTRAINT api_token_author_check CHECK (role <> 'author' OR author_id IS NOT NULL);
