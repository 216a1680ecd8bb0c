package dev.blogapi.post;

import dev.blogapi.tag.Tag;
import dev.blogapi.tag.TagPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Answers the tag feature's questions about posts. */
@ApplicationScoped
class TaggedPosts implements TagPosts {

    private final PostStore store;
    private final PublicTallies tallies;

    TaggedPosts(PostStore store, PublicTallies tallies) {
        this.store = store;
        this.tallies = tallies;
    }

    @Override
    public Map<UUID, Long> publicCountsByTag(Instant now) {
        return tallies.perKey(Filing.TAG, null, now);
    }

    @Override
    public long publicCountWith(UUID tagId, Instant now) {
        return tallies.perKey(Filing.TAG, tagId, now).getOrDefault(tagId, 0L);
    }

    @Override
    public void detachFromPosts(Tag tag) {
        store.detach(tag);
    }
}
