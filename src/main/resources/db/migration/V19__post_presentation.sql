-- What a front end shows around a post beyond its body, as WordPress and Ghost keep it: a featured
-- image (with its alt text and caption), whether the post is featured (WordPress sticky, Ghost
-- featured), a canonical URL, and the title and description meant for search engines.
alter table post
    add column featured_image_url varchar(2000),
    add column featured_image_alt varchar(1000),
    add column featured_image_caption varchar(1000),
    add column featured boolean not null default false,
    add column canonical_url varchar(2000),
    add column meta_title varchar(300),
    add column meta_description varchar(1000);
