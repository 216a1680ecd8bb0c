package dev.blogapi.export;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryRepository;
import dev.blogapi.common.db.Timestamps;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportTally;
import dev.blogapi.importer.ImportTransaction;
import dev.blogapi.importer.ItemFailure;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import dev.blogapi.post.PostStore;
import dev.blogapi.tag.Tag;
import dev.blogapi.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes this service's own export back: every field as it was (ids, timestamps, drafts, Markdown
 * sources, aliases), matching posts by id then guid, authors and categories by slug.
 */
@ApplicationScoped
class ExportRestore {

    private final PostStore store;
    private final AuthorRepository authors;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final BlogMetrics metrics;

    ExportRestore(
            PostStore store,
            AuthorRepository authors,
            CategoryRepository categories,
            TagRepository tags,
            BlogMetrics metrics) {
        this.tags = tags;
        this.metrics = metrics;
        this.store = store;
        this.authors = authors;
        this.categories = categories;
    }

    /**
     * Restores {@code document}. A dry run rolls each post back, so each post's transaction also
     * restores the author, categories and tags it refers to, which the rolled-back first step did
     * not keep.
     */
    ImportReport restore(ExportDocument document, boolean dryRun) {
        if (document.version() != ExportDocument.VERSION) {
            throw new InvalidRequestException(
                    "version",
                    "must be "
                            + ExportDocument.VERSION
                            + "; this service reads only its own format");
        }
        ImportTransaction.run(
                dryRun,
                () -> {
                    document.authors().forEach(this::restoreAuthor);
                    document.categories().forEach(this::restoreCategory);
                    tagsIn(document).forEach(this::restoreTag);
                    return null;
                });
        Map<String, ExportDocument.Author> authorsBySlug = new HashMap<>();
        document.authors().forEach(author -> authorsBySlug.putIfAbsent(author.slug(), author));
        Map<String, ExportDocument.Category> categoriesBySlug = new HashMap<>();
        document.categories()
                .forEach(category -> categoriesBySlug.putIfAbsent(category.slug(), category));
        Map<String, ExportDocument.Tag> tagsBySlug = new HashMap<>();
        tagsIn(document).forEach(tag -> tagsBySlug.putIfAbsent(tag.slug(), tag));
        ImportTally tally = new ImportTally(dryRun);
        for (ExportDocument.Post post : document.posts()) {
            try {
                tally.count(
                        ImportTransaction.run(
                                dryRun,
                                () -> {
                                    if (dryRun) {
                                        restoreReferences(
                                                post, authorsBySlug, categoriesBySlug, tagsBySlug);
                                    }
                                    return restorePost(post);
                                }));
            } catch (ItemFailure e) {
                tally.fail(post.guid(), e.getMessage());
            } catch (RuntimeException e) {
                tally.fail(post.guid(), e);
            }
        }
        metrics.importRequest("export");
        return tally.report(metrics);
    }

    private void restoreReferences(
            ExportDocument.Post post,
            Map<String, ExportDocument.Author> authorsBySlug,
            Map<String, ExportDocument.Category> categoriesBySlug,
            Map<String, ExportDocument.Tag> tagsBySlug) {
        ExportDocument.Author author = authorsBySlug.get(post.author());
        if (author != null) {
            restoreAuthor(author);
        }
        for (String slug : post.categories()) {
            ExportDocument.Category category = categoriesBySlug.get(slug);
            if (category != null) {
                restoreCategory(category);
            }
        }
        for (String slug : post.tags() == null ? List.<String>of() : post.tags()) {
            ExportDocument.Tag tag = tagsBySlug.get(slug);
            if (tag != null) {
                restoreTag(tag);
            }
        }
    }

    private static List<ExportDocument.Tag> tagsIn(ExportDocument document) {
        return document.tags() == null ? List.of() : document.tags();
    }

    private void restoreTag(ExportDocument.Tag exported) {
        if (tags.findBySlug(exported.slug()).isEmpty()
                && tags.findByName(exported.name()).isEmpty()) {
            tags.persist(
                    new Tag(
                            exported.slug(),
                            exported.name(),
                            Timestamps.stored(exported.createdAt())));
        }
    }

    private static Post.Kind kindOf(ExportDocument.Post exported) {
        return exported.kind() == null ? null : Post.Kind.valueOf(exported.kind());
    }

    /** The post's tags by slug; null (an export made before tags) keeps the post's own. */
    private List<Tag> tagsOf(ExportDocument.Post exported) {
        if (exported.tags() == null) {
            return null;
        }
        List<Tag> found = new ArrayList<>();
        for (String slug : exported.tags()) {
            found.add(
                    tags.findBySlug(slug)
                            .orElseThrow(
                                    () ->
                                            new ItemFailure(
                                                    "tag '" + slug + "' is not in the document")));
        }
        return found;
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

    private PostStore.Outcome restorePost(ExportDocument.Post exported) {
        Author author =
                authors.findBySlug(exported.author())
                        .orElseThrow(
                                () ->
                                        new ItemFailure(
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
                                            new ItemFailure(
                                                    "category '"
                                                            + slug
                                                            + "' is not in the document")));
        }
        if ("published".equals(exported.status()) && exported.publishedAt() == null) {
            throw new ItemFailure("a published post needs publishedAt");
        }
        return store.upsert(
                        new PostInput(
                                exported.id(),
                                exported.guid(),
                                exported.title(),
                                PostInput.SlugChoice.preferred(exported.slug()),
                                Post.Status.valueOf(exported.status()),
                                exported.publishedAt(),
                                author,
                                filed,
                                tagsOf(exported),
                                exported.contentHtml(),
                                exported.contentMarkdown(),
                                exported.excerptDerived() ? null : exported.excerpt(),
                                PostInput.LegacyPath.of(exported.legacyPath()),
                                exported.createdAt(),
                                exported.updatedAt(),
                                exported.aliases(),
                                kindOf(exported),
                                gatingOf(exported),
                                exported.presentation()))
                .outcome();
    }

    private static PostInput.Gating gatingOf(ExportDocument.Post exported) throws ItemFailure {
        if (exported.visibility() == null) {
            return PostInput.Gating.PUBLIC;
        }
        Post.Visibility visibility = Post.Visibility.ofWireName(exported.visibility());
        if (visibility == Post.Visibility.PASSWORD) {
            if (exported.passwordHash() == null) {
                throw new ItemFailure("a password-protected post needs its passwordHash");
            }
            return new PostInput.Gating(visibility, null, exported.passwordHash());
        }
        return PostInput.Gating.of(visibility);
    }
}
