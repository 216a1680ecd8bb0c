-- Links that let someone without an API token see an unpublished post or page as it is now, on
-- the real front end. Only a SHA-256 of each token is kept (the token is shown once, when
-- minted); a link dies with its post, when it expires, or when it is revoked (its row deleted).
create table preview_token (
    id         uuid        primary key,
    post_id    uuid        not null references post (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    constraint preview_token_hash_key unique (token_hash)
);

create index preview_token_post_idx on preview_token (post_id);
