package dev.blogapi.importer;

import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one import loop, whatever the source: the source maps its items into a run, the old blog's
 * files come along when asked (their references pointed at the media library), then the run's items
 * are written in batches through the post store (each batch a transaction, rolled back for a dry
 * run) and the report is made from the run's tally.
 */
@ApplicationScoped
public class ImportPipeline {

    private final ImportWriter writer;
    private final ImportOrigins origins;
    private final BlogMetrics metrics;
    private final ImportMedia media;

    ImportPipeline(
            ImportWriter writer, ImportOrigins origins, BlogMetrics metrics, ImportMedia media) {
        this.media = media;
        this.writer = writer;
        this.origins = origins;
        this.metrics = metrics;
    }

    public ImportReport run(ImportSource source, ImportOptions options) {
        metrics.importRequest(source.name());
        ImportRun run = new ImportRun(options.dryRun());
        source.readInto(run);
        media.bring(source, run, options);
        writer.writeDeclared(run, options.dryRun());
        writer.writeAll(run.accepted(), run.tally(), options.dryRun());
        writer.writeParents(run, options.dryRun());
        String origin = source.origin();
        if (origin != null) {
            origins.reconcile(origin, run, options);
        }
        return run.tally().report(metrics);
    }
}
