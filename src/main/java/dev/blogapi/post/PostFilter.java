package dev.blogapi.post;

import java.time.Instant;

/**
 * What a list asks for. {@code from}/{@code to} bound publication (archive year or month).
 *
 * @param visibility which posts: the public ones, or (with a token) drafts, scheduled or all
 */
public record PostFilter(
        Visibility visibility,
        String category,
        String tag,
        String author,
        String query,
        Instant from,
        Instant to) {

    /**
     * The {@code status} query parameter; anyone gets {@link #PUBLISHED}, the rest need a token.
     */
    public enum Visibility {
        PUBLISHED,
        DRAFT,
        SCHEDULED,
        ALL
    }
}
