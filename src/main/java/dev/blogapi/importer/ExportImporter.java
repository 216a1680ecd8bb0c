package dev.blogapi.importer;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryRepository;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.db.AdvisoryLocks;
import dev.blogapi.common.db.Timestamps;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes this service's own export back: every field as it was (ids, timestamps, drafts, Markdown
 * sources, aliases), matching posts by id then guid, authors and categories by slug.
 */
@ApplicationScoped
class ExportImporter {

    private final PostRepository posts;
    private final AuthorRepository authors;
    private final CategoryRepository categories;
    private final dev.blogapi.common.metrics.BlogMetrics metrics;
    private final AdvisoryLocks locks;

    ExportImporter(
            PostRepository posts,
            AuthorRepository authors,
            CategoryRepository categories,
            dev.blogapi.common.metrics.BlogMetrics metrics,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.metrics = metrics;
        this.posts = posts;
        this.authors = authors;
        this.categories = categories;
    }

    ImportReport importDocument(ExportDocument document) {
        if (document.version() != ExportDocument.VERSION) {
            throw new InvalidRequestException(
                    "version",
                    "must be "
                            + ExportDocument.VERSION
                            + "; this service reads only its own format");
        }
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            document.authors().forEach(this::restoreAuthor);
                            document.categories().forEach(this::restoreCategory);
                        });
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.Failure> failed = new ArrayList<>();
        for (ExportDocument.Post post : document.posts()) {
            try {
                ImportWriter.Outcome outcome =
                        QuarkusTransaction.requiringNew().call(() -> restorePost(post));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (ItemFailureException e) {
                failed.add(new ImportReport.Failure(post.guid(), e.getMessage()));
            } catch (RuntimeException e) {
                failed.add(
                        new ImportReport.Failure(
                                post.guid(),
                                "could not be stored: it conflicts with existing data"));
            }
        }
        ImportReport report = new ImportReport(created, updated, unchanged, failed);
        metrics.importRequest("export");
        metrics.imported(
                report.created(), report.updated(), report.unchanged(), report.failed().size());
        return report;
    }

    private void restoreAuthor(ExportDocument.Author exported) {
        Author author = authors.findBySlug(exported.slug()).orElse(null);
        if (author == null && authors.findByName(exported.name()).isEmpty()) {
            author =
                    new Author(
                            exported.slug(),
                            exported.name(),
                            Timestamps.stored(exported.createdAt()));
            authors.persist(author);
        }
    }

    private void restoreCategory(ExportDocument.Category exported) {
        Category category = categories.findBySlug(exported.slug()).orElse(null);
        if (category == null && categories.findByName(exported.name()).isEmpty()) {
            category =
                    new Category(
                            exported.slug(),
                            exported.name(),
                            exported.description(),
                            Timestamps.stored(exported.createdAt()));
            categories.persist(category);
        } else if (category != null
                && category.name.equals(exported.name())
                && !Objects.equals(category.description, exported.description())) {
            category.description = exported.description();
        }
    }

    private ImportWriter.Outcome restorePost(ExportDocument.Post exported) {
        Author author =
                authors.findBySlug(exported.author())
                        .orElseThrow(
                                () ->
                                        new ItemFailureException(
                                                "author '"
                                                        + exported.author()
                                                        + "' is not in the document"));
        List<Category> filed = new ArrayList<>();
        for (String slug : exported.categories()) {
            filed.add(
                    categories
                            .findBySlug(slug)
                            .orElseThrow(
                                    () ->
                                            new ItemFailureException(
                                                    "category '"
                                                            + slug
                                                            + "' is not in the document")));
        }
        if ("published".equals(exported.status()) && exported.publishedAt() == null) {
            throw new ItemFailureException("a published post needs publishedAt");
        }
        Post post =
                posts.findByIdOptional(exported.id())
                        .or(() -> posts.findByGuid(exported.guid()))
                        .orElse(null);
        boolean creating = post == null;
        if (creating) {
            post = new Post();
            post.id = exported.id();
        } else if (same(post, exported, author, filed)) {
            exported.aliases().forEach(path -> posts.addAliasIfFree(exported.id(), path));
            return ImportWriter.Outcome.UNCHANGED;
        }
        Post target = post;
        locks.lockForTransaction(PostRepository.SLUG_LOCK, exported.slug());
        post.guid = exported.guid();
        post.slug =
                exported.slug().equals(post.slug)
                        ? post.slug
                        : Slugs.unique(
                                exported.slug(),
                                slug -> !slug.equals(target.slug) && posts.slugTaken(slug));
        post.title = exported.title();
        post.status = Post.Status.valueOf(exported.status());
        post.publishedAt =
                "draft".equals(exported.status())
                        ? null
                        : Timestamps.stored(exported.publishedAt());
        post.createdAt = Timestamps.stored(exported.createdAt());
        post.updatedAt = Timestamps.stored(exported.updatedAt());
        post.author = author;
        post.categories = new ArrayList<>(filed);
        post.excerpt = exported.excerpt();
        post.excerptDerived = exported.excerptDerived();
        post.contentHtml = exported.contentHtml();
        post.contentMarkdown = exported.contentMarkdown();
        post.legacyPath = exported.legacyPath();
        if (creating) {
            posts.persist(post);
        }
        posts.flush();
        for (String path : exported.aliases()) {
            posts.addAliasIfFree(post.id, path);
        }
        return creating ? ImportWriter.Outcome.CREATED : ImportWriter.Outcome.UPDATED;
    }

    private static boolean same(
            Post post, ExportDocument.Post exported, Author author, List<Category> filed) {
        return post.id.equals(exported.id())
                && post.guid.equals(exported.guid())
                && post.slug.equals(exported.slug())
                && post.title.equals(exported.title())
                && post.status.name().equals(exported.status())
                && Objects.equals(post.publishedAt, Timestamps.stored(exported.publishedAt()))
                && post.createdAt.equals(Timestamps.stored(exported.createdAt()))
                && post.updatedAt.equals(Timestamps.stored(exported.updatedAt()))
                && post.author.id.equals(author.id)
                && post.categories.equals(filed)
                && post.excerpt.equals(exported.excerpt())
                && post.excerptDerived == exported.excerptDerived()
                && post.contentHtml.equals(exported.contentHtml())
                && Objects.equals(post.contentMarkdown, exported.contentMarkdown())
                && Objects.equals(post.legacyPath, exported.legacyPath());
    }

    /** A post of the document that cannot be restored; the others still are. */
    static class ItemFailureException extends RuntimeException {
        ItemFailureException(String reason) {
            super(reason, null, false, false);
        }
    }
}
