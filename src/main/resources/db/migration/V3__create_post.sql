-- status holds only what a writer chose (draft or published); "scheduled" is a published post
-- whose published_at is still in the future, decided at query time so no job has to flip it.
CREATE TABLE post (
    id               uuid PRIMARY KEY,
    guid             varchar(500) NOT NULL,
    slug             varchar(200) NOT NULL,
    title            varchar(300) NOT NULL,
    status           varchar(16)  NOT NULL,
    published_at     timestamptz,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    author_id        uuid         NOT NULL REFERENCES author (id),
    excerpt          text         NOT NULL,
    excerpt_derived  boolean      NOT NULL,
    content_html     text         NOT NULL,
    content_markdown text,
    version          bigint       NOT NULL DEFAULT 0,
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('english', title), 'A')
                         || setweight(to_tsvector('english', content_html), 'B')) STORED,
    CONSTRAINT post_guid_key UNIQUE (guid),
    CONSTRAINT post_slug_key UNIQUE (slug),
    CONSTRAINT post_status_check CHECK (status IN ('draft', 'published')),
    CONSTRAINT post_published_at_check CHECK (status = 'draft' OR published_at IS NOT NULL)
);

-- Public lists, archive ranges and feeds: newest published first.
CREATE INDEX post_published_idx ON post (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX post_author_idx ON post (author_id, published_at DESC);
CREATE INDEX post_status_idx ON post (status, published_at DESC);
CREATE INDEX post_created_idx ON post (created_at DESC);
-- Full-text search for ?q=.
CREATE INDEX post_search_idx ON post USING gin (search);
