package dev.blogapi.post;

import dev.blogapi.common.http.Topics;
import java.time.Instant;

/**
 * What a list asks for. {@code from}/{@code to} bound publication (archive year or month).
 *
 * @param kind posts or pages: one list path for both, each kind in its own order (see {@link
 *     Post.Kind#listedByPublication})
 * @param visibility which posts: the public ones, or (with a token) drafts, scheduled or all
 * @param includeChildren with a category: posts filed under its sub-categories (any depth) too
 */
public record PostFilter(
        Post.Kind kind,
        Visibility visibility,
        String category,
        String tag,
        String author,
        String query,
        Instant from,
        Instant to,
        boolean includeChildren) {

    /**
     * What a public list with this filter shows (see Topics): pages, a search, a label's posts, or
     * (a date range too) every list.
     */
    public java.util.Set<String> topics() {
        if (kind == Post.Kind.page) {
            return java.util.Set.of(Topics.PAGES);
        }
        java.util.Set<String> topics = new java.util.HashSet<>();
        if (query != null) {
            topics.add(Topics.SEARCH);
        }
        if (category != null) {
            topics.add(Topics.category(category));
        }
        if (tag != null) {
            topics.add(Topics.tag(tag));
        }
        if (author != null) {
            topics.add(Topics.author(author));
        }
        if (topics.isEmpty() || from != null || to != null) {
            topics.add(Topics.ALL);
        }
        return topics;
    }

    /**
     * The {@code status} query parameter; anyone gets {@link #PUBLISHED}, the rest need a token.
     */
    /** A list of posts, as a feed or a front end's list asks for it. */
    public static PostFilter posts(
            Visibility visibility,
            String category,
            String tag,
            String author,
            String query,
            Instant from,
            Instant to) {
        return new PostFilter(
                Post.Kind.post, visibility, category, tag, author, query, from, to, false);
    }

    /** This list, with a category's sub-categories' posts too (WordPress's category archive). */
    public PostFilter withChildren() {
        return new PostFilter(kind, visibility, category, tag, author, query, from, to, true);
    }

    /** Whether the list takes in a category's sub-categories. */
    boolean categoryTree() {
        return includeChildren && category != null;
    }

    /** The list of pages: they are filed under nothing and found by status only. */
    public static PostFilter pages(Visibility visibility) {
        return new PostFilter(
                Post.Kind.page, visibility, null, null, null, null, null, null, false);
    }

    public enum Visibility {
        PUBLISHED,
        DRAFT,
        SCHEDULED,
        ALL
    }
}
