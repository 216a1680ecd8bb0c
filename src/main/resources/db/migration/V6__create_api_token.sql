-- Only a SHA-256 of each secret is kept; the secret itself is shown once, when minted.
CREATE TABLE api_token (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    role        varchar(16)  NOT NULL,
    author_id   uuid REFERENCES author (id),
    secret_hash varchar(64)  NOT NULL,
    initial     boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT api_token_secret_hash_key UNIQUE (secret_hash),
    CONSTRAINT api_token_role_check CHECK (role IN ('admin', 'author')),
    CONSTRAINT api_token_author_check CHECK (role = 'admin' OR author_id IS NOT NULL)
);
