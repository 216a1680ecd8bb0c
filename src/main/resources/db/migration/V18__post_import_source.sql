-- Which old blog an imported post came from (its export's own identity: WordPress's site address,
-- Ghost's database hash, Blogger's blog id, a feed's link), so that importing the same blog again
-- can list the posts its export no longer has, and ?prune=true can unpublish them.
alter table post add column import_source varchar(500);
create index post_import_source_idx on post (import_source) where import_source is not null;
