package dev.blogapi.importer;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorService;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryService;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.db.AdvisoryLocks;
import dev.blogapi.common.db.Timestamps;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes mapped posts in batches, each batch one transaction, matching existing posts by guid: new
 * ones are created, changed ones updated, identical ones left alone.
 */
@ApplicationScoped
class ImportWriter {

    static final int BATCH = 200;

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final PostRepository posts;
    private final AuthorService authors;
    private final CategoryService categories;
    private final ContentRenderer renderer;
    private final AdvisoryLocks locks;
    private final Clock clock;

    ImportWriter(
            PostRepository posts,
            AuthorService authors,
            CategoryService categories,
            ContentRenderer renderer,
            AdvisoryLocks locks,
            Clock clock) {
        this.clock = clock;
        this.locks = locks;
        this.posts = posts;
        this.authors = authors;
        this.categories = categories;
        this.renderer = renderer;
    }

    List<Outcome> write(List<ImportedPost> batch) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            List<Outcome> outcomes = new ArrayList<>(batch.size());
                            for (ImportedPost item : batch) {
                                outcomes.add(writeOne(item));
                            }
                            posts.flush();
                            return outcomes;
                        });
    }

    private Outcome writeOne(ImportedPost item) {
        Post post = posts.findByGuid(item.guid()).orElse(null);
        Author author = authors.findOrCreate(item.author(), "author");
        List<Category> filed = new ArrayList<>();
        for (String name : item.categories()) {
            filed.add(categories.findOrCreateByName(name));
        }
        String excerpt =
                item.excerpt() != null ? item.excerpt() : renderer.excerptOf(item.contentHtml());
        Instant publishedAt = Timestamps.stored(item.publishedAt());
        if (post != null && same(post, item, author, filed, excerpt, publishedAt)) {
            addAliases(post, item.oldPaths());
            return Outcome.UNCHANGED;
        }
        Instant now = clock.instant();
        boolean creating = post == null;
        if (creating) {
            post = new Post();
            post.guid = item.guid();
            locks.lockForTransaction(PostRepository.SLUG_LOCK, item.slug());
            post.slug = Slugs.unique(item.slug(), posts::slugTaken);
            post.createdAt = now;
        }
        post.title = item.title();
        post.status = Post.Status.published;
        post.publishedAt = publishedAt;
        post.author = author;
        post.categories = new ArrayList<>(filed);
        post.contentHtml = item.contentHtml();
        post.contentMarkdown = null;
        post.excerpt = excerpt;
        post.excerptDerived = item.excerpt() == null;
        post.legacyPath = item.legacyPath();
        post.updatedAt = now;
        if (creating) {
            posts.persist(post);
            posts.flush();
        }
        addAliases(post, item.oldPaths());
        return creating ? Outcome.CREATED : Outcome.UPDATED;
    }

    private static boolean same(
            Post post,
            ImportedPost item,
            Author author,
            List<Category> filed,
            String excerpt,
            Instant publishedAt) {
        return post.status == Post.Status.published
                && post.title.equals(item.title())
                && post.contentHtml.equals(item.contentHtml())
                && post.contentMarkdown == null
                && post.excerpt.equals(excerpt)
                && post.excerptDerived == (item.excerpt() == null)
                && publishedAt.equals(post.publishedAt)
                && post.author.id.equals(author.id)
                && post.categories.equals(filed)
                && Objects.equals(post.legacyPath, item.legacyPath());
    }

    /** Keeps every old path; one another post already answers to stays with that post. */
    private void addAliases(Post post, List<String> oldPaths) {
        oldPaths.forEach(path -> posts.addAliasIfFree(post.id, path));
    }
}
