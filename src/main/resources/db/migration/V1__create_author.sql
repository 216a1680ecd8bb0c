-- People posts are written by; a token of role "author" is tied to one.
CREATE TABLE author (
    id         uuid PRIMARY KEY,
    slug       varchar(120) NOT NULL,
    name       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT author_slug_key UNIQUE (slug),
    CONSTRAINT author_name_key UNIQUE (name)
);
