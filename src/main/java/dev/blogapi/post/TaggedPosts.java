package dev.blogapi.post;

import dev.blogapi.tag.Tag;
import dev.blogapi.tag.TagPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers the tag feature's questions about posts. */
@ApplicationScoped
class TaggedPosts implements TagPosts {

    private final PostRepository posts;

    TaggedPosts(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Map<UUID, Long> publicCountsByTag(Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.TAG, null, now);
    }

    @Override
    public long publicCountWith(UUID tagId, Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.TAG, tagId, now)
                .getOrDefault(tagId, 0L);
    }

    @Override
    public void detachFromPosts(Tag tag) {
        posts.findWithTag(tag)
                .forEach(
                        post -> {
                            List<Tag> kept = new ArrayList<>(post.tags);
                            kept.remove(tag);
                            post.tags = kept;
                        });
    }
}
