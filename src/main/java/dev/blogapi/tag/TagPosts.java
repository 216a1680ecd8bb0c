package dev.blogapi.tag;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the tag feature needs to know of posts, answered by the post package (which owns the
 * visibility rule), so that tags never import posts.
 */
public interface TagPosts {

    /** Public posts at {@code now} per tag id; tags without any are absent. */
    Map<UUID, Long> publicCountsByTag(Instant now);

    long publicCountWith(UUID tagId, Instant now);

    /** Takes the tag off every post that has it, keeping their other tags in order. */
    void detachFromPosts(Tag tag);
}
