-- The media library: one row per distinct file (content-addressed: the same bytes uploaded twice
-- are one row and one stored object, named by their SHA-256). The file itself lives in the media
-- store (local disk or S3); the file is written before its row and removed after it, so a crash
-- leaves at most a file without a row, which the startup sweep removes.
CREATE TABLE media (
    id           uuid          PRIMARY KEY,
    sha256       varchar(64)   NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    filename     varchar(255)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    bytes        bigint        NOT NULL,
    width        integer,
    height       integer,
    alt          varchar(1000),
    caption      varchar(1000),
    uploaded_by  uuid          REFERENCES author(id) ON DELETE SET NULL,
    created_at   timestamptz   NOT NULL
);

CREATE INDEX media_created_idx ON media (created_at DESC, id DESC);
