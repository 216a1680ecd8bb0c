package dev.blogapi.importer;

import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import dev.blogapi.post.PostStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what an import did with each item, for its report and the metrics. */
public class ImportTally {

    private static final String CONFLICT = "could not be stored: it conflicts with existing data";

    private final Map<PostStore.Outcome, Integer> outcomes = new EnumMap<>(PostStore.Outcome.class);
    private final List<ImportReport.Failure> failed = new ArrayList<>();
    private final Map<String, ImportReport.Skipped> skipped = new LinkedHashMap<>();
    private final List<ImportReport.Warning> warnings = new ArrayList<>();
    private final Map<String, Integer> converted = new LinkedHashMap<>();
    private final List<ImportReport.Missing> missing = new ArrayList<>();
    private final Map<Post.Visibility, Integer> gated = new EnumMap<>(Post.Visibility.class);
    private ImportReport.MediaFiles media;
    private List<ImportReport.MediaMissing> mediaMissing;
    private int categoriesCreated;
    private int tagsCreated;
    private final boolean dryRun;

    public ImportTally(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void count(PostStore.Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    /** An item written (or found unchanged), and who may read it. */
    void count(PostStore.Outcome outcome, PostInput.Gating gating) {
        count(outcome);
        if (gating != null && gating.visibility() != Post.Visibility.PUBLIC) {
            gated.merge(gating.visibility(), 1, Integer::sum);
        }
    }

    public void fail(String guid, String reason) {
        failed.add(new ImportReport.Failure(guid, reason));
    }

    /**
     * An item the store refused: a rule's own words (a field over its limit, a slug another post
     * holds) are the reason; anything else is reported as a conflict with existing data.
     */
    public void fail(String guid, RuntimeException refusal) {
        fail(guid, refusal instanceof ProblemException problem ? problem.getMessage() : CONFLICT);
    }

    /** One more item left out on purpose, counted with the others of its kind. */
    public void skip(String kind, String reason) {
        skipped.merge(
                kind,
                new ImportReport.Skipped(kind, 1, reason),
                (was, one) -> new ImportReport.Skipped(kind, was.count() + 1, reason));
    }

    public void warn(ImportReport.Warning warning) {
        warnings.add(warning);
    }

    /** A post an earlier import of the same blog brought in that this document lacks. */
    public void missing(ImportReport.Missing post) {
        missing.add(post);
    }

    /** {@code count} more pieces of an engine's markup made here, of one kind. */
    public void convert(String kind, int count) {
        converted.merge(kind, count, Integer::sum);
    }

    /**
     * What an import asked to bring the old blog's files did: {@code created} brought in now,
     * {@code unchanged} brought by an earlier import, and the addresses it could not bring.
     */
    void media(int created, int unchanged, List<ImportReport.MediaMissing> missing) {
        this.media =
                new ImportReport.MediaFiles(
                        created,
                        0,
                        unchanged,
                        missing.stream().map(m -> m.url() + ": " + m.reason()).toList());
        this.mediaMissing = List.copyOf(missing);
    }

    /** A category or tag the document lists on its own that this import created. */
    void labelCreated(boolean category) {
        if (category) {
            categoriesCreated++;
        } else {
            tagsCreated++;
        }
    }

    public ImportReport report(BlogMetrics metrics) {
        ImportReport report =
                new ImportReport(
                        outcomes.getOrDefault(PostStore.Outcome.CREATED, 0),
                        outcomes.getOrDefault(PostStore.Outcome.UPDATED, 0),
                        outcomes.getOrDefault(PostStore.Outcome.UNCHANGED, 0),
                        failed,
                        List.copyOf(skipped.values()),
                        warnings,
                        converted.entrySet().stream()
                                .map(e -> new ImportReport.Converted(e.getKey(), e.getValue()))
                                .toList(),
                        missing,
                        new ImportReport.Gated(
                                gated.getOrDefault(Post.Visibility.MEMBERS, 0),
                                gated.getOrDefault(Post.Visibility.PAID, 0),
                                gated.getOrDefault(Post.Visibility.PASSWORD, 0)),
                        new ImportReport.Labels(categoriesCreated, tagsCreated),
                        dryRun,
                        media,
                        mediaMissing);
        if (!dryRun) {
            metrics.imported(
                    report.created(), report.updated(), report.unchanged(), report.failed().size());
        }
        return report;
    }
}
