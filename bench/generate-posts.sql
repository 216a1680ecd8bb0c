-- A blog of :posts published posts (psql -v posts=100000), 20 authors and 50 categories, written
-- straight into the schema for the latency bench: bodies of about 1.5 KB of HTML with a code
-- block, one or two categories per post, a post every 50 minutes from 2016 on.
\set ON_ERROR_STOP on
-- Triggers off while the bulk rows go in (the tallies of V11 would rewrite one row per post in a
-- single transaction); the tallies are then counted once, as the migration does.
SET session_replication_role = replica;
INSERT INTO author (id, slug, name, created_at)
SELECT gen_random_uuid(), 'bench-author-' || i, 'Bench Author ' || i, now()
FROM generate_series(1, 20) i;

INSERT INTO category (id, slug, name, description, created_at)
SELECT gen_random_uuid(), 'bench-category-' || i, 'Bench Category ' || i, NULL, now()
FROM generate_series(1, 50) i;

WITH authors AS (SELECT array_agg(id ORDER BY slug) AS ids FROM author WHERE slug LIKE 'bench-author-%')
INSERT INTO post (id, guid, slug, title, status, published_at, created_at, updated_at, author_id,
                  excerpt, excerpt_derived, content_html)
SELECT gen_random_uuid(),
       'urn:bench:' || i,
       'bench-post-' || i,
       'Bench post ' || i || ' on ' || (ARRAY['woodworking', 'python', 'gardening', 'typography', 'cycling'])[1 + i % 5],
       'published',
       timestamptz '2016-01-01 00:00:00+00' + i * interval '50 minutes',
       now(), now(),
       authors.ids[1 + i % 20],
       'Notes on sharpening, planing and the rest, number ' || i,
       true,
       '<p>' || repeat('A paragraph of a realistic body about chisels, planes, sharpening stones and '
                       || 'the patience a workshop asks for, with a little Python now and then. ', 12)
             || '</p><pre><code>def post_' || i || '():\n    return "&lt;b&gt;"</code></pre><p>Fin ' || i || '.</p>'
FROM generate_series(1, :posts) i, authors;

WITH categories AS (SELECT array_agg(id ORDER BY slug) AS ids FROM category WHERE slug LIKE 'bench-category-%'),
     numbered AS (SELECT id, substring(slug FROM 12)::int AS n FROM post WHERE slug LIKE 'bench-post-%')
INSERT INTO post_category (post_id, category_id, position)
SELECT numbered.id, categories.ids[1 + n % 50], 0 FROM numbered, categories
UNION ALL
SELECT numbered.id, categories.ids[1 + (n * 7 + 3) % 50], 1 FROM numbered, categories
WHERE n % 2 = 0 AND (n * 7 + 3) % 50 <> n % 50;
-- With triggers off, the filings' copy of the publication time (V13) is written here.
UPDATE post_category pc SET published_at = p.published_at
FROM post p WHERE p.id = pc.post_id AND p.status = 'published';
-- Every post's author is its first authorship (V21), filed with its publication time too.
INSERT INTO post_author (post_id, author_id, position, published_at)
SELECT id, author_id, 0, CASE WHEN status = 'published' THEN published_at END
FROM post WHERE slug LIKE 'bench-post-%';

SET session_replication_role = DEFAULT;
DELETE FROM post_tally;
INSERT INTO post_tally (scope, key, published)
SELECT 'a', '00000000-0000-0000-0000-000000000000', count(*) FROM post WHERE status = 'published';
INSERT INTO post_tally (scope, key, published)
SELECT 'u', pa.author_id, count(*) FROM post_author pa JOIN post p ON p.id = pa.post_id
WHERE p.status = 'published' GROUP BY pa.author_id;
INSERT INTO post_tally (scope, key, published)
SELECT 'c', pc.category_id, count(*) FROM post_category pc JOIN post p ON p.id = pc.post_id
WHERE p.status = 'published' GROUP BY pc.category_id;
UPDATE content_change SET changed_at = clock_timestamp() WHERE id = 1;

-- A long-running blog is vacuumed by autovacuum; counts then read only the index.
VACUUM ANALYZE;
