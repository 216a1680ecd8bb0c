package dev.blogapi.category;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the category feature needs to know of posts, answered by the post package (which owns the
 * visibility rule), so that categories never import posts.
 */
public interface CategoryPosts {

    /** Public posts at {@code now} per category id; categories without any are absent. */
    Map<UUID, Long> publicCountsByCategory(Instant now);

    long publicCountIn(UUID categoryId, Instant now);

    /** Takes the category off every post filed under it, keeping their other categories. */
    void detachFromPosts(Category category);
}
