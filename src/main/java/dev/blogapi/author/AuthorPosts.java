package dev.blogapi.author;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the author feature needs to know of posts, answered by the post package (which owns the
 * visibility rule), so that authors never import posts.
 */
public interface AuthorPosts {

    /** Public posts at {@code now} per author id; authors without any are absent. */
    Map<UUID, Long> publicCountsByAuthor(Instant now);

    long publicCountBy(UUID authorId, Instant now);
}
