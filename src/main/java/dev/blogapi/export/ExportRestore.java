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
    private final dev.blogapi.media.MediaLibrary media;

    ExportRestore(
            PostStore store,
            AuthorRepository authors,
            CategoryRepository categories,
            TagRepository tags,
            BlogMetrics metrics,
            dev.blogapi.media.MediaLibrary media) {
        this.media = media;
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
        return restore(document, dryRun, item -> java.util.Optional.empty());
    }

    /**
     * Restores {@code document}, its media files first from {@code files} (a bundle's), else from
     * the media store if it already has them.
     */
    ImportReport restore(
            ExportDocument document, boolean dryRun, dev.blogapi.media.MediaLibrary.Bytes files) {
        ImportReport report = restoreContent(document, dryRun);
        if (document.media() == null) {
            return report;
        }
        dev.blogapi.media.MediaLibrary.Restored restored =
                media.restore(
                        document.media().stream().map(ExportDocument.Media::item).toList(),
                        files,
                        dryRun);
        return report.withMedia(
                new ImportReport.MediaFiles(
                        restored.created(),
                        restored.updated(),
                        restored.unchanged(),
                        restored.missing()));
    }

    private ImportReport restoreContent(ExportDocument document, boolean dryRun) {
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
                    document.categories().forEach(this::restoreParent);
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
        restoreParents(document.posts(), dryRun);
        metrics.importRequest("export");
        return tally.report(metrics);
    }

    private void restoreReferences(
            ExportDocument.Post post,
            Map<String, ExportDocument.Author> authorsBySlug,
            Map<String, ExportDocument.Category> categoriesBySlug,
            Map<String, ExportDocument.Tag> tagsBySlug) {
        if (post.authors() != null) {
            post.authors().stream()
                    .map(authorsBySlug::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(this::restoreAuthor);
        }
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
        if (tags.findBySlug(exported.slug()).isEmpty()) {
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
        if (author == null) {
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
        if (category == null) {
            category =
                    new Category(
                            exported.slug(),
                            exported.name(),
                            exported.description(),
                            Timestamps.stored(exported.createdAt()));
            categories.persist(category);
        } else if (category.name.equals(exported.name())
                && !Objects.equals(category.description, exported.description())) {
            category.description = exported.description();
        }
    }

    /** The category's parent, by slug, once every category of the document is there. */
    private void restoreParent(ExportDocument.Category exported) {
        Category category = categories.findBySlug(exported.slug()).orElse(null);
        Category parent =
                exported.parent() == null
                        ? null
                        : categories.findBySlug(exported.parent()).orElse(null);
        if (category != null
                && category.parentId == null
                && parent != null
                && !categories.withDescendants(category.id).contains(parent.id)) {
            category.parentId = parent.id;
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
                                exported.presentation(),
                                null,
                                coAuthorsOf(exported)))
                .outcome();
    }

    /** The post's co-authors by slug (all but the first); null (an older export) keeps its own. */
    private List<Author> coAuthorsOf(ExportDocument.Post exported) {
        if (exported.authors() == null) {
            return null;
        }
        List<Author> found = new ArrayList<>();
        for (String slug :
                exported.authors()
                        .subList(
                                Math.min(1, exported.authors().size()),
                                exported.authors().size())) {
            found.add(
                    authors.findBySlug(slug)
                            .orElseThrow(
                                    () ->
                                            new ItemFailure(
                                                    "author '"
                                                            + slug
                                                            + "' is not in the document")));
        }
        return found;
    }

    /** Each page under its parent, once every post is there, whatever the document's order. */
    private void restoreParents(List<ExportDocument.Post> posts, boolean dryRun) {
        if (dryRun || posts.stream().allMatch(post -> post.parent() == null)) {
            return;
        }
        ImportTransaction.run(
                false,
                () -> {
                    posts.stream()
                            .filter(post -> post.parent() != null)
                            .forEach(post -> store.placeUnder(post.guid(), post.parent()));
                    return null;
                });
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
