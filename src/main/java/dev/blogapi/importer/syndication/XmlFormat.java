package dev.blogapi.importer.syndication;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportDocument;
import dev.blogapi.importer.ImportFormat;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportPipeline;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportSource;
import java.util.Optional;

/**
 * A format whose documents are RSS or Atom feeds: it recognises its own by making its source for
 * the document, then runs that source through the pipeline.
 */
public abstract class XmlFormat implements ImportFormat {

    private final FeedItemMapper mapper;
    private final ImportPipeline pipeline;

    protected XmlFormat(FeedItemMapper mapper, ImportPipeline pipeline) {
        this.mapper = mapper;
        this.pipeline = pipeline;
    }

    /** The source reading {@code document}, when the document is one of this format's. */
    protected abstract Optional<? extends ImportSource> sourceFor(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper);

    @Override
    public boolean reads(ImportDocument document) {
        return document instanceof ImportDocument.Xml xml
                && sourceFor(xml.feed(), mapper).isPresent();
    }

    @Override
    public ImportReport importDocument(ImportDocument document, ImportOptions options) {
        ImportDocument.Xml xml = (ImportDocument.Xml) document;
        return pipeline.run(sourceFor(xml.feed(), mapper).orElseThrow(), options);
    }
}
