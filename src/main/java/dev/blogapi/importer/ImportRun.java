package dev.blogapi.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one import has gathered from its source: the items to write, in document order, and the
 * tally of everything else. The first item with a guid is kept; a later one is counted as skipped.
 */
final class ImportRun {

    private final ImportTally tally;
    private final List<ImportedPost> accepted = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    ImportRun(boolean dryRun) {
        this.tally = new ImportTally(dryRun);
    }

    void accept(ImportedPost post) {
        if (seen.add(post.guid())) {
            accepted.add(post);
            post.warnings().forEach(tally::warn);
        } else {
            tally.skip(
                    "duplicate-guid",
                    "the guid appears earlier in this document; the first item with it was"
                            + " imported");
        }
    }

    void skip(String kind, String reason) {
        tally.skip(kind, reason);
    }

    void fail(String guid, String reason) {
        tally.fail(guid, reason);
    }

    void warn(ImportReport.Warning warning) {
        tally.warn(warning);
    }

    List<ImportedPost> accepted() {
        return accepted;
    }

    ImportTally tally() {
        return tally;
    }
}
