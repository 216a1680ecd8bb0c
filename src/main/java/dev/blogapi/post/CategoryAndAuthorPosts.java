package dev.blogapi.post;

import dev.blogapi.author.AuthorPosts;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Answers the category and author features' questions about posts. */
@ApplicationScoped
class CategoryAndAuthorPosts implements CategoryPosts, AuthorPosts {

    private final PostStore store;
    private final PublicTallies tallies;

    CategoryAndAuthorPosts(PostStore store, PublicTallies tallies) {
        this.store = store;
        this.tallies = tallies;
    }

    @Override
    public Map<UUID, Long> publicCountsByCategory(Instant now) {
        return tallies.perKey(Filing.CATEGORY, null, now);
    }

    @Override
    public long publicCountIn(UUID categoryId, Instant now) {
        return tallies.perKey(Filing.CATEGORY, categoryId, now).getOrDefault(categoryId, 0L);
    }

    @Override
    public Map<UUID, Long> publicCountsByAuthor(Instant now) {
        return tallies.perKey(Filing.AUTHOR, null, now);
    }

    @Override
    public long publicCountBy(UUID authorId, Instant now) {
        return tallies.perKey(Filing.AUTHOR, authorId, now).getOrDefault(authorId, 0L);
    }

    @Override
    public void detachFromPosts(Category category) {
        store.detach(category);
    }
}
