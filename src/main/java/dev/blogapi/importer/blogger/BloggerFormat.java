package dev.blogapi.importer.blogger;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportPipeline;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFormat;
import jakarta.inject.Singleton;
import java.util.Optional;

/** A Blogger backup: Atom whose entries say their kind. */
@Singleton
class BloggerFormat extends XmlFormat {

    BloggerFormat(FeedItemMapper mapper, ImportPipeline pipeline) {
        super(mapper, pipeline);
    }

    @Override
    public String name() {
        return "blogger";
    }

    @Override
    protected Optional<BloggerSource> sourceFor(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        return BloggerSource.reads(document)
                ? Optional.of(new BloggerSource(document, mapper))
                : Optional.empty();
    }
}
