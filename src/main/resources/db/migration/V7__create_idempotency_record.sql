-- The first answer to a POST sent with an Idempotency-Key, replayed to retries of it.
CREATE TABLE idempotency_record (
    caller       varchar(100)  NOT NULL,
    key          varchar(255)  NOT NULL,
    request_hash varchar(64)   NOT NULL,
    status       int           NOT NULL,
    location     varchar(2000),
    body         text          NOT NULL,
    created_at   timestamptz   NOT NULL,
    CONSTRAINT idempotency_record_pkey PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
