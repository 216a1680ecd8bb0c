package dev.blogapi.importer;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;

/**
 * Imports an XML document: an old blog's RSS or Atom feed, a WordPress export or a Blogger backup,
 * told apart by their content; the whole document is read before anything is written.
 */
@ApplicationScoped
class FeedImporter {

    private final FeedItemMapper mapper;
    private final ImportPipeline pipeline;
    private final String baseUrl;

    FeedImporter(ContentRenderer renderer, BlogConfig config, ImportPipeline pipeline) {
        this.mapper = new FeedItemMapper(renderer, config.baseUrl(), config.defaultAuthor());
        this.baseUrl = config.baseUrl();
        this.pipeline = pipeline;
    }

    /** Imports the document in {@code body}; a dry run answers the same and writes nothing. */
    public ImportReport importFeed(InputStream body, boolean dryRun) {
        return pipeline.run(sourceOf(FeedDocuments.read(body)), dryRun);
    }

    private ImportSource sourceOf(FeedDocuments.FeedDocument document) {
        if (BloggerSource.reads(document)) {
            return new BloggerSource(document, mapper, baseUrl);
        }
        return WordPressSource.of(document, mapper, baseUrl)
                .<ImportSource>map(wordpress -> wordpress)
                .orElseGet(() -> new FeedSource(document, mapper, baseUrl));
    }
}
