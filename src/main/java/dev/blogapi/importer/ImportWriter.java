package dev.blogapi.importer;

import dev.blogapi.author.AuthorService;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryService;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import dev.blogapi.post.PostStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

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

    List<PostStore.Outcome> write(List<ImportedPost> batch) {
        return QuarkusTransaction.requiringNew()
                .call(() -> batch.stream().map(this::writeOne).toList());
    }

    private PostStore.Outcome writeOne(ImportedPost item) {
        List<Category> filed = new ArrayList<>();
        for (String name : item.categories()) {
            filed.add(categories.findOrCreateByName(name));
        }
        return store.upsert(
                        new PostInput(
                                null,
                                item.guid(),
                                item.title(),
                                PostInput.SlugChoice.keepOrNew(item.slug()),
                                Post.Status.published,
                                item.publishedAt(),
                                authors.findOrCreate(item.author(), "author"),
                                filed,
                                item.contentHtml(),
                                null,
                                item.excerpt(),
                                PostInput.LegacyPath.of(item.legacyPath()),
                                null,
                                null,
                                item.oldPaths()))
                .outcome();
    }
}
