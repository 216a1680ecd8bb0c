package dev.blogapi.post;

import dev.blogapi.author.AuthorPosts;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryPosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Answers the category and author features' questions about posts. */
@ApplicationScoped
class CategoryAndAuthorPosts implements CategoryPosts, AuthorPosts {

    private final PostRepository posts;

    CategoryAndAuthorPosts(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Map<UUID, Long> publicCountsByCategory(Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.CATEGORY, null, now);
    }

    @Override
    public long publicCountIn(UUID categoryId, Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.CATEGORY, categoryId, now)
                .getOrDefault(categoryId, 0L);
    }

    @Override
    public Map<UUID, Long> publicCountsByAuthor(Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.AUTHOR, null, now);
    }

    @Override
    public long publicCountBy(UUID authorId, Instant now) {
        return posts.countPublicPer(PostRepository.Grouping.AUTHOR, authorId, now)
                .getOrDefault(authorId, 0L);
    }

    @Override
    public void detachFromPosts(Category category) {
        posts.findInCategory(category)
                .forEach(
                        post -> {
                            List<Category> kept = new ArrayList<>(post.categories);
                            kept.remove(category);
                            post.categories = kept;
                        });
    }
}
