-- A post's categories in the order the writer gave them.
CREATE TABLE post_category (
    post_id     uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    category_id uuid NOT NULL REFERENCES category (id),
    position    int  NOT NULL,
    CONSTRAINT post_category_pkey PRIMARY KEY (post_id, position),
    -- Deferred because reordering a list rewrites rows one at a time.
    CONSTRAINT post_category_once UNIQUE (post_id, category_id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX post_category_category_idx ON post_category (category_id, post_id);
