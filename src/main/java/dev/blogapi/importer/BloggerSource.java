package dev.blogapi.importer;

import java.util.Optional;
import org.jdom2.Element;

/** A Blogger backup: an Atom feed whose entries say their kind (see {@link BloggerEntries}). */
final class BloggerSource extends XmlFeedSource {

    BloggerSource(FeedDocuments.FeedDocument document, FeedItemMapper mapper, String baseUrl) {
        super(document, mapper, baseUrl);
    }

    static boolean reads(FeedDocuments.FeedDocument document) {
        return BloggerEntries.isExport(document.items());
    }

    @Override
    public String name() {
        return "blogger";
    }

    @Override
    Optional<ImportReport.Skipped> leftOut(Element item) {
        return BloggerEntries.leftOut(item);
    }

    @Override
    ImportedPost adapt(ImportedPost mapped, Element item, ImportRun run) {
        return BloggerEntries.adapt(mapped, item);
    }
}
