package dev.blogapi.importer;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorService;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryService;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import dev.blogapi.post.PostStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes mapped feed items in batches, each batch one transaction, through the post store: matched
 * by guid, new ones created, changed ones updated, identical ones left alone.
 */
@ApplicationScoped
class ImportWriter {

    static final int BATCH = 200;

    private final PostStore store;
    private final AuthorService authors;
    private final CategoryService categories;

    ImportWriter(PostStore store, AuthorService authors, CategoryService categories) {
        this.store = store;
        this.authors = authors;
        this.categories = categories;
    }

    /** Writes {@code batch}; a dry run rolls it back (see {@link ImportTransaction}). */
    List<PostStore.Outcome> write(List<ImportedPost> batch, boolean dryRun) {
        return ImportTransaction.run(
                dryRun,
                () -> {
                    // Feeds name the same few authors and categories again and again.
                    Map<String, Author> authorsByName = new HashMap<>();
                    Map<String, Category> categoriesByName = new HashMap<>();
                    List<PostInput> inputs =
                            batch.stream()
                                    .map(item -> inputOf(item, authorsByName, categoriesByName))
                                    .toList();
                    return store.upsertAll(inputs).stream().map(PostStore.Saved::outcome).toList();
                });
    }

    private PostInput inputOf(
            ImportedPost item,
            Map<String, Author> authorsByName,
            Map<String, Category> categoriesByName) {
        List<Category> filed = new ArrayList<>();
        for (String name : item.categories()) {
            filed.add(categoriesByName.computeIfAbsent(name, categories::findOrCreateByName));
        }
        return new PostInput(
                null,
                item.guid(),
                item.title(),
                PostInput.SlugChoice.keepOrNew(item.slug()),
                Post.Status.published,
                item.publishedAt(),
                authorsByName.computeIfAbsent(
                        item.author(), name -> authors.findOrCreate(name, "author")),
                filed,
                // A feed does not tell tags from categories: tags a writer added here are kept.
                null,
                item.contentHtml(),
                null,
                item.excerpt(),
                PostInput.LegacyPath.of(item.legacyPath()),
                null,
                null,
                item.oldPaths(),
                null);
    }
}
