package dev.blogapi.post;

import static dev.blogapi.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryRepository;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins the visibility rule on the database: every query that serves the public and the in-memory
 * check on a loaded post agree on the same five cases.
 */
@QuarkusTest
class PostVisibilityRuleTest {

    @Inject PostRepository posts;
    @Inject AuthorRepository authors;
    @Inject CategoryRepository categories;
    @Inject Clock clock;

    @Inject PublicTallies tallies;

    private Instant now;
    private Author author;

    @Test
    @TestTransaction
    void onlyPublishedPostsWhoseTimeHasComeArePublic() {
        now = clock.instant();
        author = new Author(unique("rule"), unique("Rule Author"), now);
        authors.persist(author);
        Post draft = post(Post.Status.draft, null);
        Post scheduled = post(Post.Status.published, now.plus(Duration.ofMinutes(1)));
        Post justPast = post(Post.Status.published, now.minusNanos(1_000));
        Post published = post(Post.Status.published, now.minus(Duration.ofDays(30)));
        Post deleted = post(Post.Status.published, now.minus(Duration.ofDays(1)));
        posts.flush();
        posts.delete(deleted);
        posts.flush();

        assertEquals(List.of(justPast.id, published.id), ids(PostFilter.Visibility.PUBLISHED));
        assertEquals(List.of(scheduled.id), ids(PostFilter.Visibility.SCHEDULED));
        assertEquals(List.of(draft.id), ids(PostFilter.Visibility.DRAFT));
        assertEquals(Map.of(author.id, 2L), tallies.perKey(Filing.AUTHOR, author.id, now));
        assertEquals(2, posts.count(filter(PostFilter.Visibility.PUBLISHED), now));

        assertFalse(draft.isPublicAt(now));
        assertFalse(scheduled.isPublicAt(now));
        assertTrue(justPast.isPublicAt(now));
        assertTrue(published.isPublicAt(now));
    }

    @Test
    @TestTransaction
    void aScheduledPostIsPublicFromItsExactMoment() {
        now = clock.instant();
        author = new Author(unique("moment"), unique("Moment Author"), now);
        authors.persist(author);
        Instant moment = now.plus(Duration.ofHours(1));
        Post scheduled = post(Post.Status.published, moment);
        posts.flush();

        assertEquals(List.of(), publicIdsAt(moment.minusNanos(1_000)));
        assertFalse(scheduled.isPublicAt(moment.minusNanos(1_000)));
        assertEquals(List.of(scheduled.id), publicIdsAt(moment));
        assertTrue(scheduled.isPublicAt(moment));
    }

    @Test
    @TestTransaction
    void listTotalsKeptByTheWritesEqualCountingRowByRow() {
        now = clock.instant();
        author = new Author(unique("tally"), unique("Tally Author"), now);
        authors.persist(author);
        Category category = new Category(unique("tally"), unique("Tally"), null, now);
        categories.persist(category);
        Post kept = post(Post.Status.published, now.minus(Duration.ofDays(2)));
        kept.categories = new ArrayList<>(List.of(category));
        Post scheduled = post(Post.Status.published, now.plus(Duration.ofDays(2)));
        scheduled.categories = new ArrayList<>(List.of(category));
        Post draft = post(Post.Status.draft, null);
        draft.categories = new ArrayList<>(List.of(category));
        Post deleted = post(Post.Status.published, now.minus(Duration.ofDays(1)));
        deleted.categories = new ArrayList<>(List.of(category));
        Post unfiled = post(Post.Status.published, now.minus(Duration.ofDays(3)));
        posts.flush();
        posts.delete(deleted);
        unfiled.status = Post.Status.draft;
        unfiled.publishedAt = null;
        draft.status = Post.Status.published;
        draft.publishedAt = now.minus(Duration.ofHours(1));
        posts.flush();

        PostFilter byCategory =
                PostFilter.posts(
                        PostFilter.Visibility.PUBLISHED,
                        category.slug,
                        null,
                        null,
                        null,
                        null,
                        null);
        PostFilter everything =
                PostFilter.posts(
                        PostFilter.Visibility.PUBLISHED, null, null, null, null, null, null);
        assertEquals(2, posts.count(byCategory, now));
        assertEquals(2, posts.count(filter(PostFilter.Visibility.PUBLISHED), now));
        assertEquals(
                ((Number)
                                posts.getEntityManager()
                                        .createNativeQuery(
                                                "select count(*) from post where kind = 'post'"
                                                        + " and status = 'published' and"
                                                        + " published_at <= ?1")
                                        .setParameter(1, now)
                                        .getSingleResult())
                        .longValue(),
                posts.count(everything, now));
    }

    private List<UUID> ids(PostFilter.Visibility visibility) {
        return posts.newestIds(filter(visibility), now, 10);
    }

    private List<UUID> publicIdsAt(Instant at) {
        return posts.newestIds(filter(PostFilter.Visibility.PUBLISHED), at, 10);
    }

    private PostFilter filter(PostFilter.Visibility visibility) {
        return PostFilter.posts(visibility, null, null, author.slug, null, null, null);
    }

    private Post post(Post.Status status, Instant publishedAt) {
        Post post = new Post();
        post.guid = "urn:uuid:" + post.id;
        post.slug = unique("rule-post");
        post.title = post.slug;
        post.status = status;
        post.publishedAt = publishedAt;
        post.createdAt = now;
        post.updatedAt = now;
        post.author = author;
        post.contentHtml = "<p>rule</p>";
        post.excerpt = "rule";
        post.excerptDerived = true;
        posts.persist(post);
        return post;
    }
}
