package dev.blogapi.importer;

import dev.blogapi.post.Post;
import dev.blogapi.post.PostStore;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers which old blog each imported post came from, and after an import of that blog lists the
 * posts its export no longer has ({@code missing}), unpublishing them when asked to prune.
 */
@ApplicationScoped
class ImportOrigins {

    private final PostStore store;

    ImportOrigins(PostStore store) {
        this.store = store;
    }

    /** Marks what {@code run} brought in from {@code origin} and reports what it no longer has. */
    void reconcile(String origin, ImportRun run, ImportOptions options) {
        ImportTransaction.run(
                options.dryRun(),
                () -> {
                    store.markImportedFrom(origin, run.acceptedGuids());
                    for (Post post : store.importedFrom(origin)) {
                        if (!run.mentions(post.guid)) {
                            boolean unpublish =
                                    options.prune() && post.status == Post.Status.published;
                            if (unpublish) {
                                store.unpublish(post.id);
                            }
                            run.tally()
                                    .missing(
                                            new ImportReport.Missing(
                                                    post.guid, post.slug, post.title, unpublish));
                        }
                    }
                    return null;
                });
    }
}
