package dev.blogapi.post;

import static dev.blogapi.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write rules every writer shares, on a real database. */
@QuarkusTest
class PostStoreTest {

    @Inject PostStore store;
    @Inject AuthorRepository authors;
    @Inject Clock clock;

    @Test
    @TestTransaction
    void aWriteThatChangesNothingWritesNothing() {
        PostInput input = input(unique("same"), Post.Status.published, "/old/path");
        Post post = store.save(null, input).post();
        Instant updatedAt = post.updatedAt;
        long version = post.version;

        PostStore.Saved again = store.upsert(input);

        assertEquals(PostStore.Outcome.UNCHANGED, again.outcome());
        assertEquals(updatedAt, again.post().updatedAt);
        assertEquals(version, again.post().version);
    }

    @Inject PostRepository posts;

    @Test
    @TestTransaction
    void aDraftKeepsNoOldAddressWhoeverWritesIt() {
        String slug = unique("draft-path");
        PostInput base = input(slug, Post.Status.draft, "/2007/06/30/" + slug);
        PostInput withAliases =
                new PostInput(
                        null,
                        base.guid(),
                        base.title(),
                        base.slug(),
                        base.status(),
                        null,
                        base.author(),
                        List.of(),
                        null,
                        base.contentHtml(),
                        null,
                        null,
                        base.legacyPath(),
                        null,
                        null,
                        List.of("/?p=" + slug),
                        null,
                        null,
                        null,
                        null,
                        null);
        Post draft = store.save(null, withAliases).post();
        assertNull(draft.legacyPath);
        assertEquals(java.util.Optional.empty(), posts.findByAlias("/?p=" + slug));
        assertEquals(PostStore.Outcome.UNCHANGED, store.upsert(withAliases).outcome());
    }

    @Test
    @TestTransaction
    void aKeptOldPathGoesWhenTheSlugChangesAndADraftHasNoAddress() {
        String slug = unique("legacy");
        PostInput first = input(slug, Post.Status.published, "/2007/06/old");
        Post post = store.save(null, first).post();

        store.save(post, withLegacyKept(first, slug));
        assertEquals("/2007/06/old", post.legacyPath, "same slug, same date");

        store.save(post, withLegacyKept(first, slug + "-renamed"));
        assertNull(post.legacyPath);

        store.save(post, withLegacyKept(first, slug));
        PostInput draft = input(slug, Post.Status.draft, null);
        store.save(post, draft);
        assertEquals(draft.publishedAt(), post.publishedAt, "a draft keeps the date it is given");
        assertNull(post.legacyPath, "but has no address");
        assertFalse(post.isPublicAt(clock.instant()));
    }

    @Test
    @TestTransaction
    void aPreferredSlugTakenByAnotherPostGetsTheFirstFreeSuffix() {
        String slug = unique("taken");
        store.save(null, input(slug, Post.Status.published, null));
        store.save(null, input(slug + "-2", Post.Status.published, null));

        PostInput wanting = input(slug, Post.Status.published, null);
        Post third =
                store.save(
                                null,
                                new PostInput(
                                        null,
                                        null,
                                        wanting.title(),
                                        PostInput.SlugChoice.preferred(slug),
                                        wanting.status(),
                                        wanting.publishedAt(),
                                        wanting.author(),
                                        List.of(),
                                        null,
                                        wanting.contentHtml(),
                                        null,
                                        null,
                                        PostInput.LegacyPath.KEEP,
                                        null,
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .post();

        assertEquals(slug + "-3", third.slug);
        assertEquals("urn:uuid:" + third.id, third.guid);
    }

    @Test
    @TestTransaction
    void aBatchOfNewPostsGetsDistinctSlugsAroundTheTakenOnes() {
        String taken = unique("batch-taken");
        String free = unique("batch-free");
        store.save(null, input(taken, Post.Status.published, null));
        store.save(null, input(taken + "-3", Post.Status.published, null));

        List<PostStore.Saved> saved =
                store.upsertAll(
                        List.of(
                                keepOrNew(taken, "a"),
                                keepOrNew(free, "b"),
                                keepOrNew(taken, "c"),
                                keepOrNew(free, "d"),
                                keepOrNew(taken, "e")));

        assertEquals(
                List.of(taken + "-2", free, taken + "-4", free + "-2", taken + "-5"),
                saved.stream().map(one -> one.post().slug).toList());
        assertEquals(
                List.of(taken + "-2", free, taken + "-4", free + "-2", taken + "-5"),
                saved.stream()
                        .map(one -> store.upsert(keepOrNew("ignored", guidOf(one))).post().slug)
                        .toList(),
                "stored, and kept when the same items come again");
    }

    private PostInput keepOrNew(String slug, String guid) {
        PostInput base = input(slug, Post.Status.published, null);
        return new PostInput(
                null,
                guid.startsWith("urn:") ? guid : "urn:test:" + unique(guid),
                base.title(),
                PostInput.SlugChoice.keepOrNew(slug),
                base.status(),
                base.publishedAt(),
                base.author(),
                List.of(),
                null,
                base.contentHtml(),
                null,
                null,
                PostInput.LegacyPath.KEEP,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null);
    }

    private static String guidOf(PostStore.Saved saved) {
        return saved.post().guid;
    }

    private PostInput input(String slug, Post.Status status, String legacyPath) {
        Author author = new Author(unique("store"), unique("Store Author"), clock.instant());
        authors.persist(author);
        return new PostInput(
                null,
                "urn:test:" + slug,
                "Title of " + slug,
                PostInput.SlugChoice.exact(slug),
                status,
                clock.instant().minus(Duration.ofDays(1)),
                author,
                List.of(),
                null,
                "<p>Body</p>",
                null,
                null,
                PostInput.LegacyPath.of(legacyPath),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null);
    }

    private static PostInput withLegacyKept(PostInput input, String slug) {
        return new PostInput(
                input.id(),
                input.guid(),
                input.title(),
                PostInput.SlugChoice.exact(slug),
                input.status(),
                input.publishedAt(),
                input.author(),
                input.categories(),
                input.tags(),
                input.contentHtml(),
                input.contentMarkdown(),
                input.excerpt(),
                PostInput.LegacyPath.KEEP,
                input.createdAt(),
                input.updatedAt(),
                input.aliases(),
                input.kind(),
                input.gating(),
                input.presentation(),
                null,
                null);
    }
}
