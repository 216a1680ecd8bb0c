package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndEntry;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/**
 * Imports an old blog's RSS 2.0 or Atom 1.0 feed, or a Blogger export (Atom whose entries say their
 * kind, see {@link BloggerEntries}): the whole document is read before anything is written.
 */
@ApplicationScoped
class FeedImporter {

    private final FeedItemMapper mapper;
    private final ContentRenderer renderer;
    private final ImportWriter writer;
    private final BlogMetrics metrics;
    private final String baseUrl;

    FeedImporter(
            ContentRenderer renderer, BlogConfig config, ImportWriter writer, BlogMetrics metrics) {
        this.metrics = metrics;
        this.renderer = renderer;
        this.mapper = new FeedItemMapper(renderer, config.baseUrl(), config.defaultAuthor());
        this.baseUrl = config.baseUrl();
        this.writer = writer;
    }

    /** Imports the feed in {@code body}; a dry run answers the same and writes nothing. */
    public ImportReport importFeed(InputStream body, boolean dryRun) {
        FeedDocuments.FeedDocument document = FeedDocuments.read(body);
        boolean blogger = BloggerEntries.isExport(document.items());
        Optional<WordPressItems> wordpress =
                blogger ? Optional.empty() : WordPressItems.of(document.root(), document.items());
        metrics.importRequest(blogger ? "blogger" : wordpress.isPresent() ? "wordpress" : "feed");
        ImportTally tally = new ImportTally(dryRun);
        if (document.droppedCharacters() > 0) {
            tally.warn(
                    ImportReport.Warning.of(
                            null,
                            "forbidden-characters",
                            "dropped "
                                    + document.droppedCharacters()
                                    + " characters XML 1.0 forbids (control characters such as"
                                    + " U+0008) from the document"));
        }
        FeedContext context = FeedContext.of(document.feed(), document.root(), baseUrl);
        List<SyndEntry> entries = document.feed().getEntries();
        // ROME keeps the document's order; should it ever not, items are mapped without their
        // elements rather than with another item's.
        boolean elementsKnown = entries.size() == document.items().size();
        List<ImportedPost> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Element element = elementsKnown ? document.items().get(i) : null;
            Optional<ImportReport.Skipped> leftOut =
                    element == null
                            ? Optional.empty()
                            : blogger
                                    ? BloggerEntries.leftOut(element)
                                    : wordpress.flatMap(wp -> WordPressItems.leftOut(element));
            if (leftOut.isPresent()) {
                tally.skip(leftOut.get().kind(), leftOut.get().reason());
                continue;
            }
            try {
                ImportedPost post = mapper.map(entry, element, context);
                if (blogger && element != null) {
                    post = BloggerEntries.adapt(post, element);
                } else if (wordpress.isPresent() && element != null) {
                    URI base = FeedLinks.absoluteOrNull(entry.getLink(), context.base());
                    post =
                            wordpress
                                    .get()
                                    .adapt(
                                            post,
                                            element,
                                            renderer,
                                            base != null ? base : context.base());
                    for (int c = WordPressItems.commentsIn(element); c > 0; c--) {
                        tally.skip("comment", "comments are not imported");
                    }
                }
                if (seen.add(post.guid())) {
                    accepted.add(post);
                    post.warnings().forEach(tally::warn);
                } else {
                    tally.skip(
                            "duplicate-guid",
                            "the guid appears earlier in this document; the first item with it"
                                    + " was imported");
                }
            } catch (ItemFailure e) {
                tally.fail(FeedItemMapper.identity(entry), e.getMessage());
            }
        }
        return write(accepted, tally, dryRun);
    }

    private ImportReport write(List<ImportedPost> accepted, ImportTally tally, boolean dryRun) {
        writer.writeAll(accepted, tally, dryRun);
        return tally.report(metrics);
    }
}
