package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndEntry;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Imports an old blog's RSS 2.0 or Atom 1.0 feed: the whole document is read before anything is
 * written.
 */
@ApplicationScoped
class FeedImporter {

    private static final Logger LOG = Logger.getLogger(FeedImporter.class);

    private final FeedItemMapper mapper;
    private final ImportWriter writer;
    private final BlogMetrics metrics;
    private final String baseUrl;

    FeedImporter(
            ContentRenderer renderer, BlogConfig config, ImportWriter writer, BlogMetrics metrics) {
        this.metrics = metrics;
        this.mapper = new FeedItemMapper(renderer, config.baseUrl(), config.defaultAuthor());
        this.baseUrl = config.baseUrl();
        this.writer = writer;
    }

    /** Imports the feed in {@code body}; a dry run answers the same and writes nothing. */
    public ImportReport importFeed(InputStream body, boolean dryRun) {
        metrics.importRequest("feed");
        FeedDocuments.FeedDocument document = FeedDocuments.read(body);
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
            try {
                ImportedPost post =
                        mapper.map(entry, elementsKnown ? document.items().get(i) : null, context);
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
        for (int from = 0; from < accepted.size(); from += ImportWriter.BATCH) {
            List<ImportedPost> batch =
                    accepted.subList(from, Math.min(from + ImportWriter.BATCH, accepted.size()));
            try {
                writer.write(batch, dryRun).forEach(tally::count);
            } catch (RuntimeException batchFailure) {
                // One bad item must not sink its neighbours: retry the batch item by item.
                for (ImportedPost item : batch) {
                    try {
                        tally.count(writer.write(List.of(item), dryRun).get(0));
                    } catch (RuntimeException e) {
                        LOG.warnf("Import of %s failed: %s", item.guid(), e.getMessage());
                        tally.fail(item.guid(), ImportTally.CONFLICT);
                    }
                }
            }
        }
        return tally.report(metrics);
    }
}
