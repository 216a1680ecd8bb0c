-- Old site paths (from an imported blog) a post can still be resolved by.
CREATE TABLE post_alias (
    path    varchar(2000) PRIMARY KEY,
    post_id uuid          NOT NULL REFERENCES post (id) ON DELETE CASCADE
);

CREATE INDEX post_alias_post_idx ON post_alias (post_id);
