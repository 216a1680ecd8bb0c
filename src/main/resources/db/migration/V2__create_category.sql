CREATE TABLE category (
    id          uuid PRIMARY KEY,
    slug        varchar(120)  NOT NULL,
    name        varchar(200)  NOT NULL,
    description varchar(2000),
    created_at  timestamptz   NOT NULL,
    CONSTRAINT category_slug_key UNIQUE (slug),
    CONSTRAINT category_name_key UNIQUE (name)
);
