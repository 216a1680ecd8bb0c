package dev.blogapi.importer.blogger;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFeedSource;
import java.util.Optional;
import org.jdom2.Element;

/** A Blogger backup: an Atom feed whose entries say their kind (see {@link BloggerEntries}). */
final class BloggerSource extends XmlFeedSource {

    BloggerSource(FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        super(document, mapper);
    }

    static boolean reads(FeedDocuments.FeedDocument document) {
        return BloggerEntries.isExport(document.items());
    }

    @Override
    public String name() {
        return "blogger";
    }

    @Override
    protected Optional<ImportReport.Skipped> leftOut(Element item) {
        return BloggerEntries.leftOut(item);
    }

    @Override
    protected ImportedPost adapt(ImportedPost mapped, Element item, ImportRun run) {
        return BloggerEntries.adapt(mapped, item);
    }
}
