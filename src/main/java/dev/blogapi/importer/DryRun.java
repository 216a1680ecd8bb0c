package dev.blogapi.importer;

import dev.blogapi.common.error.InvalidRequestException;

/** The {@code dryRun} query parameter every import route takes. */
public final class DryRun {

    public static final String PARAMETER = "dryRun";

    public static final String DESCRIPTION =
            "true: answer what the import would do (the same report, item by item) and write"
                    + " nothing.";

    private DryRun() {}

    /** Strictly true or false: a misspelt flag must not turn a rehearsal into the real thing. */
    public static boolean parse(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badParameter(
                PARAMETER, "must be true or false, got '" + value + "'");
    }
}
