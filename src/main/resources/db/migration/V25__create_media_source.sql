-- Where an imported file came from: an import that brought a moved blog's file in (downloaded or
-- taken from its uploads archive) remembers the old address, so importing the blog again rewrites
-- the same references to the same file and downloads nothing. Deleting the file forgets it.
CREATE TABLE media_source (
    url       varchar(2048) PRIMARY KEY,
    media_id  uuid          NOT NULL REFERENCES media(id) ON DELETE CASCADE
);

CREATE INDEX media_source_media_idx ON media_source (media_id);
