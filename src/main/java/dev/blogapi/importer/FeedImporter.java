package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
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
@jakarta.enterprise.context.ApplicationScoped
public class FeedImporter {

    private static final Logger LOG = Logger.getLogger(FeedImporter.class);

    private final FeedItemMapper mapper;
    private final ImportWriter writer;
    private final dev.blogapi.common.metrics.BlogMetrics metrics;

    FeedImporter(
            ContentRenderer renderer,
            BlogConfig config,
            ImportWriter writer,
            dev.blogapi.common.metrics.BlogMetrics metrics) {
        this.metrics = metrics;
        this.mapper = new FeedItemMapper(renderer, config.baseUrl(), config.defaultAuthor());
        this.writer = writer;
    }

    public ImportReport importFeed(InputStream body) {
        metrics.importRequest("feed");
        SyndFeed feed = FeedDocuments.read(body);
        List<ImportReport.Failure> failed = new ArrayList<>();
        List<ImportedPost> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            try {
                ImportedPost post = mapper.map(entry);
                if (seen.add(post.guid())) {
                    accepted.add(post);
                } else {
                    failed.add(
                            new ImportReport.Failure(
                                    post.guid(),
                                    "the guid appears more than once in this document"));
                }
            } catch (ItemFailure e) {
                failed.add(
                        new ImportReport.Failure(FeedItemMapper.identity(entry), e.getMessage()));
            }
        }
        return write(accepted, failed);
    }

    private ImportReport write(List<ImportedPost> accepted, List<ImportReport.Failure> failed) {
        int[] counts = new int[ImportWriter.Outcome.values().length];
        for (int from = 0; from < accepted.size(); from += ImportWriter.BATCH) {
            List<ImportedPost> batch =
                    accepted.subList(from, Math.min(from + ImportWriter.BATCH, accepted.size()));
            try {
                writer.write(batch).forEach(outcome -> counts[outcome.ordinal()]++);
            } catch (RuntimeException batchFailure) {
                // One bad item must not sink its neighbours: retry the batch item by item.
                for (ImportedPost item : batch) {
                    try {
                        counts[writer.write(List.of(item)).get(0).ordinal()]++;
                    } catch (RuntimeException e) {
                        LOG.warnf("Import of %s failed: %s", item.guid(), e.getMessage());
                        failed.add(
                                new ImportReport.Failure(
                                        item.guid(),
                                        "could not be stored: it conflicts with existing data"));
                    }
                }
            }
        }
        ImportReport report =
                new ImportReport(
                        counts[ImportWriter.Outcome.CREATED.ordinal()],
                        counts[ImportWriter.Outcome.UPDATED.ordinal()],
                        counts[ImportWriter.Outcome.UNCHANGED.ordinal()],
                        failed);
        metrics.imported(
                report.created(), report.updated(), report.unchanged(), report.failed().size());
        return report;
    }
}
