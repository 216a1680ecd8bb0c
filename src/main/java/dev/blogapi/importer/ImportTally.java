package dev.blogapi.importer;

import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.post.PostStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what an import did with each item, for its report and the metrics. */
class ImportTally {

    static final String CONFLICT = "could not be stored: it conflicts with existing data";

    private final Map<PostStore.Outcome, Integer> outcomes = new EnumMap<>(PostStore.Outcome.class);
    private final List<ImportReport.Failure> failed = new ArrayList<>();

    void count(PostStore.Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    void fail(String guid, String reason) {
        failed.add(new ImportReport.Failure(guid, reason));
    }

    ImportReport report(BlogMetrics metrics) {
        ImportReport report =
                new ImportReport(
                        outcomes.getOrDefault(PostStore.Outcome.CREATED, 0),
                        outcomes.getOrDefault(PostStore.Outcome.UPDATED, 0),
                        outcomes.getOrDefault(PostStore.Outcome.UNCHANGED, 0),
                        failed);
        metrics.imported(
                report.created(), report.updated(), report.unchanged(), report.failed().size());
        return report;
    }
}
