package dev.blogapi.importer.feed;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportPipeline;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFormat;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Any RSS or Atom document no engine claims is read as the plain feed it is. */
@Singleton
class PlainFeedFormat extends XmlFormat {

    PlainFeedFormat(FeedItemMapper mapper, ImportPipeline pipeline) {
        super(mapper, pipeline);
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    protected Optional<FeedSource> sourceFor(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        return Optional.of(new FeedSource(document, mapper));
    }
}
