-- A moved blog's people and labels are told apart by their identity at the source (a WordPress
-- login or term slug, a Ghost slug), kept here as the slug: two WordPress users may share a display
-- name and two categories a name ("Tips" under Programming and under Travel), so names no longer
-- have to be unique; slugs still are.
alter table author drop constraint author_name_key;
alter table category drop constraint category_name_key;
alter table tag drop constraint tag_name_key;
create index author_name_idx on author (name);
create index category_name_idx on category (name);
create index tag_name_idx on tag (name);

-- Hierarchy as WordPress keeps it: a category may sit under another, a page under another page.
-- Deleting a parent leaves its children at the top level rather than deleting them.
alter table category add column parent_id uuid references category (id) on delete set null;
alter table post add column parent_id uuid references post (id) on delete set null;
create index category_parent_idx on category (parent_id);
create index post_parent_idx on post (parent_id) where parent_id is not null;
