package dev.blogapi.importer;

import dev.blogapi.common.content.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one import has gathered from its source: the items to write, in document order, and the
 * tally of everything else. The first item with a guid is kept; a later one is counted as skipped.
 */
public final class ImportRun {

    private final ImportTally tally;
    private final List<ImportedPost> accepted = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> failed = new HashSet<>();
    private final List<DeclaredCategory> categories = new ArrayList<>();
    private final List<Named> tags = new ArrayList<>();
    private final Map<String, String> parents = new LinkedHashMap<>();

    /**
     * A category the source lists on its own (WordPress's {@code wp:category}), with or without
     * posts: its description and its parent, null when it has none.
     */
    public record DeclaredCategory(Named category, String description, Named parent) {}

    public ImportRun(boolean dryRun) {
        this.tally = new ImportTally(dryRun);
    }

    public void accept(ImportedPost post) {
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

    public void skip(String kind, String reason) {
        tally.skip(kind, reason);
    }

    public void fail(String guid, String reason) {
        if (guid != null) {
            failed.add(guid);
        }
        tally.fail(guid, reason);
    }

    /** The guids of the items to write. */
    Set<String> acceptedGuids() {
        return seen;
    }

    /** Whether the document has an item with this guid, imported or failed. */
    boolean mentions(String guid) {
        return seen.contains(guid) || failed.contains(guid);
    }

    /** A category the source has, posts or not, imported before any item names it. */
    public void declareCategory(DeclaredCategory category) {
        categories.add(category);
    }

    /** A tag the source has, posts or not, imported before any item names it. */
    public void declareTag(Named tag) {
        tags.add(tag);
    }

    /** The page with guid {@code guid} sits under the one with {@code parentGuid}. */
    public void placeUnder(String guid, String parentGuid) {
        parents.put(guid, parentGuid);
    }

    Map<String, String> parents() {
        return parents;
    }

    List<DeclaredCategory> declaredCategories() {
        return categories;
    }

    List<Named> declaredTags() {
        return tags;
    }

    public void warn(ImportReport.Warning warning) {
        tally.warn(warning);
    }

    public void convert(String kind, int count) {
        tally.convert(kind, count);
    }

    public List<ImportedPost> accepted() {
        return accepted;
    }

    public ImportTally tally() {
        return tally;
    }
}
