package dev.blogapi.importer;

import dev.blogapi.common.http.Pagination;

/**
 * How an import is asked to run: {@code dryRun} answers the same report and writes nothing; {@code
 * prune} unpublishes (drafts, never deletes) the posts an earlier import of the same blog brought
 * in and its export no longer has.
 */
public record ImportOptions(boolean dryRun, boolean prune) {

    public static final String DRY_RUN = "dryRun";
    public static final String PRUNE = "prune";

    public static final String DRY_RUN_DESCRIPTION =
            "true: answer what the import would do (the same report, item by item) and write"
                    + " nothing.";

    public static final String PRUNE_DESCRIPTION =
            "true: unpublish (make drafts again, never delete) the posts an earlier import of the"
                    + " same blog brought in and this document no longer has; they are listed in"
                    + " missing either way.";

    /** The options as the query parameters write them; each strictly true or false. */
    public static ImportOptions of(String dryRun, String prune) {
        return new ImportOptions(
                Pagination.booleanParameter(DRY_RUN, dryRun),
                Pagination.booleanParameter(PRUNE, prune));
    }
}
