package dev.blogapi.importer;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorService;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryService;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.db.ContentChanges;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import dev.blogapi.post.PostStore;
import dev.blogapi.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes mapped feed items in batches, each batch one transaction, through the post store: matched
 * by guid, new ones created, changed ones updated, identical ones left alone.
 */
@ApplicationScoped
class ImportWriter {

    private static final Logger LOG = Logger.getLogger(ImportWriter.class);

    static final int BATCH = 200;

    private final PostStore store;
    private final AuthorService authors;
    private final CategoryService categories;
    private final TagService tags;
    private final ContentChanges changes;

    ImportWriter(
            PostStore store,
            AuthorService authors,
            CategoryService categories,
            TagService tags,
            ContentChanges changes) {
        this.changes = changes;
        this.store = store;
        this.authors = authors;
        this.categories = categories;
        this.tags = tags;
    }

    /**
     * Writes every accepted item in batches, counting each outcome in {@code tally}; a batch that
     * fails is retried item by item, so one bad item does not sink its neighbours.
     */
    void writeAll(List<ImportedPost> items, ImportTally tally, boolean dryRun) {
        List<ImportedPost> accepted =
                items.stream().map(item -> unlabelledIfPage(item, tally)).toList();
        for (int from = 0; from < accepted.size(); from += BATCH) {
            List<ImportedPost> batch =
                    accepted.subList(from, Math.min(from + BATCH, accepted.size()));
            try {
                List<PostStore.Outcome> outcomes = write(batch, dryRun);
                for (int i = 0; i < batch.size(); i++) {
                    tally.count(outcomes.get(i), batch.get(i).gating());
                }
            } catch (RuntimeException batchFailure) {
                for (ImportedPost item : batch) {
                    try {
                        tally.count(write(List.of(item), dryRun).get(0), item.gating());
                    } catch (RuntimeException e) {
                        LOG.warnf("Import of %s failed: %s", item.guid(), e.getMessage());
                        tally.fail(item.guid(), e);
                    }
                }
            }
        }
    }

    /**
     * The categories (with their parents and descriptions) and tags the source lists on its own, in
     * one transaction before any item, so those no post uses arrive too; each found by its source
     * slug or created.
     */
    void writeDeclared(ImportRun run, boolean dryRun) {
        if (run.declaredCategories().isEmpty() && run.declaredTags().isEmpty()) {
            return;
        }
        ImportTransaction.run(
                dryRun,
                () -> {
                    for (ImportRun.DeclaredCategory declared : run.declaredCategories()) {
                        if (categories.declare(
                                declared.category(),
                                declared.description(),
                                declared.parent(),
                                "categories")) {
                            run.tally().labelCreated(true);
                        }
                    }
                    for (Named tag : run.declaredTags()) {
                        if (tags.declare(tag, "tags")) {
                            run.tally().labelCreated(false);
                        }
                    }
                    return null;
                });
    }

    /** Each page under its parent, once every item is written, whatever the export's order. */
    void writeParents(ImportRun run, boolean dryRun) {
        if (run.parents().isEmpty() || dryRun) {
            return;
        }
        ImportTransaction.run(
                false,
                () -> {
                    run.parents().forEach(store::placeUnder);
                    return null;
                });
    }

    /**
     * A page here stands alone (see {@code Post.Kind}): the labels an engine let a page carry
     * (Ghost tags its pages) are left off and counted, never silently dropped.
     */
    private static ImportedPost unlabelledIfPage(ImportedPost item, ImportTally tally) {
        boolean labelled =
                !item.categories().isEmpty() || item.tags() != null && !item.tags().isEmpty();
        if (item.kind() != Post.Kind.page || !labelled) {
            return item;
        }
        tally.skip(
                "page-labels",
                "a page here is filed under no category and carries no tags: its labels were"
                        + " left off");
        return item.withoutLabels();
    }

    /** Writes {@code batch}; a dry run rolls it back (see {@link ImportTransaction}). */
    List<PostStore.Outcome> write(List<ImportedPost> batch, boolean dryRun) {
        return ImportTransaction.run(
                dryRun,
                () -> {
                    // The batch writes posts (each saying what it touched) and the labels they
                    // name (which every post write touches), nothing else.
                    changes.onlyWhatIsTouched();
                    // Feeds name the same few authors and categories again and again.
                    Map<Named, Author> authorsSeen = new HashMap<>();
                    Map<Named, Category> categoriesSeen = new HashMap<>();
                    List<PostInput> inputs =
                            batch.stream()
                                    .map(item -> inputOf(item, authorsSeen, categoriesSeen))
                                    .toList();
                    return store.upsertAll(inputs).stream().map(PostStore.Saved::outcome).toList();
                });
    }

    private PostInput inputOf(
            ImportedPost item,
            Map<Named, Author> authorsSeen,
            Map<Named, Category> categoriesSeen) {
        List<Category> filed = new ArrayList<>();
        for (Named category : item.categories()) {
            Category found =
                    categoriesSeen.computeIfAbsent(
                            category, given -> categories.findOrCreate(given, "categories"));
            if (!filed.contains(found)) {
                filed.add(found);
            }
        }
        return new PostInput(
                null,
                item.guid(),
                item.title(),
                PostInput.SlugChoice.keepOrNew(item.slug()),
                item.status(),
                item.publishedAt(),
                authorsSeen.computeIfAbsent(
                        item.author(), named -> authors.findOrCreate(named, "author")),
                filed,
                item.tags() == null ? null : tags.findOrCreateNamed(item.tags(), "tags"),
                item.contentHtml(),
                null,
                item.excerpt(),
                PostInput.LegacyPath.of(item.legacyPath()),
                null,
                null,
                item.oldPaths(),
                item.kind(),
                item.gating(),
                item.presentation(),
                null,
                item.coAuthors() == null
                        ? null
                        : item.coAuthors().stream()
                                .map(
                                        named ->
                                                authorsSeen.computeIfAbsent(
                                                        named,
                                                        known ->
                                                                authors.findOrCreate(
                                                                        known, "authors")))
                                .toList());
    }
}
