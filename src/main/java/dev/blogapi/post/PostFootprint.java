package dev.blogapi.post;

import dev.blogapi.author.Author;
import dev.blogapi.category.Category;
import dev.blogapi.common.http.Topics;
import dev.blogapi.tag.Tag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What public answers show of one post, before or after a write: the topics its write touches (see
 * {@link Topics}). A post that is listed (published, its moment come) is in every list, feed and
 * sitemap, its categories' (and their parents', whose lists take in sub-categories), its tags' and
 * authors' lists and feeds, its year's and month's archives and every search, and answers at its
 * address; any post is its own answers (by id and slug) and its labels'. A page, or a post that
 * becomes one or was one, touches everything (a page's answer names its parent page).
 */
record PostFootprint(Set<String> topics, Instant scheduled) {

    /** {@code post} as public answers show it now. */
    static PostFootprint of(
            Post post, Instant now, Function<UUID, Category> categories, Permalinks permalinks) {
        if (post.kind == Post.Kind.page) {
            return new PostFootprint(Topics.EVERYTHING, null);
        }
        Set<String> topics = new LinkedHashSet<>();
        topics.add(Topics.post(post.id));
        topics.add(Topics.LABELS);
        if (post.slug != null) {
            topics.add(Topics.slug(post.slug));
        }
        boolean published = post.status == Post.Status.published && post.publishedAt != null;
        if (published && post.publishedAt.isAfter(now)) {
            return new PostFootprint(Set.copyOf(topics), post.publishedAt);
        }
        if (published) {
            addListed(post, categories, permalinks, topics);
        }
        return new PostFootprint(Set.copyOf(topics), null);
    }

    private static void addListed(
            Post post,
            Function<UUID, Category> categories,
            Permalinks permalinks,
            Set<String> topics) {
        topics.add(Topics.ALL);
        topics.add(Topics.SEARCH);
        for (Category category : post.categories) {
            Category c = category;
            // Categories form a tree; the bound only guards against a loop a bug could make.
            for (int depth = 0; c != null && depth < 64; depth++) {
                topics.add(Topics.category(c.slug));
                c = parentOf(c, categories);
            }
        }
        for (Tag tag : post.tags) {
            topics.add(Topics.tag(tag.slug));
        }
        if (post.author != null) {
            topics.add(Topics.author(post.author.slug));
        }
        for (Author author : post.authors) {
            topics.add(Topics.author(author.slug));
        }
        ZonedDateTime at = post.publishedAt.atZone(ZoneOffset.UTC);
        topics.add(Topics.year(at.getYear()));
        topics.add(Topics.month(at.getYear(), at.getMonthValue()));
        String path = permalinks.pathOf(post);
        if (path != null) {
            SitePaths.variants(path).forEach(variant -> topics.add(Topics.path(variant)));
        }
    }

    private static Category parentOf(Category category, Function<UUID, Category> categories) {
        return category.parentId == null ? null : categories.apply(category.parentId);
    }

    /**
     * What a write from {@code before} (null: a new post) to {@code after} (null: deleted) touched.
     */
    static PostFootprint touched(PostFootprint before, PostFootprint after) {
        Set<String> topics = new LinkedHashSet<>();
        Instant scheduled = null;
        for (PostFootprint side : new PostFootprint[] {before, after}) {
            if (side != null) {
                topics.addAll(side.topics());
                scheduled = side == after ? side.scheduled() : scheduled;
            }
        }
        return new PostFootprint(
                topics.contains(Topics.ANY) ? Topics.EVERYTHING : Set.copyOf(topics), scheduled);
    }
}
