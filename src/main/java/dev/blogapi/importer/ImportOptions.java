package dev.blogapi.importer;

import dev.blogapi.common.error.InvalidRequestException;

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
        return new ImportOptions(flag(DRY_RUN, dryRun), flag(PRUNE, prune));
    }

    /** Strictly true or false: a misspelt flag must not turn a rehearsal into the real thing. */
    private static boolean flag(String parameter, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badParameter(
                parameter, "must be true or false, got '" + value + "'");
    }
}
