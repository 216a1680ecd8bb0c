package dev.blogapi.importer.blogger;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFeedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;

/** A Blogger backup: an Atom feed whose entries say their kind (see {@link BloggerEntries}). */
final class BloggerSource extends XmlFeedSource {

    /** Where Blogger serves the images its posts show (bp.blogspot.com, googleusercontent.com). */
    private static final List<String> IMAGE_HOSTS =
            List.of(".bp.blogspot.com", ".blogger.googleusercontent.com");

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

    /** The blog's link, then the hosts Blogger keeps its posts' images on. */
    @Override
    public List<String> fileAddresses() {
        List<String> addresses = new ArrayList<>(super.fileAddresses());
        addresses.addAll(IMAGE_HOSTS);
        return addresses;
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
