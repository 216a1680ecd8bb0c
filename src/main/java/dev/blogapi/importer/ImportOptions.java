package dev.blogapi.importer;

import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.http.Pagination;
import java.util.Locale;

/**
 * How an import is asked to run: {@code dryRun} answers the same report and writes nothing; {@code
 * prune} unpublishes (drafts, never deletes) the posts an earlier import of the same blog brought
 * in and its export no longer has; {@code media} says whether the old blog's files come along
 * (downloaded, or taken from {@code archive}, its uploads folder sent beside the document).
 */
public record ImportOptions(boolean dryRun, boolean prune, Media media, UploadsArchive archive) {

    public static final String DRY_RUN = "dryRun";
    public static final String PRUNE = "prune";
    public static final String MEDIA = "media";

    public static final String DRY_RUN_DESCRIPTION =
            "true: answer what the import would do (the same report, item by item) and write"
                    + " nothing.";

    public static final String PRUNE_DESCRIPTION =
            "true: unpublish (make drafts again, never delete) the posts an earlier import of the"
                    + " same blog brought in and this document no longer has; they are listed in"
                    + " missing either way.";

    public static final String MEDIA_DESCRIPTION =
            "fetch: download every image and file the bodies, featured images and WordPress"
                    + " attachments reference under the old blog's addresses (BLOG_BASE_URL, the"
                    + " export's own site address; Blogger's image hosts) into the media library and"
                    + " point the references at their new address; archive: take them from the"
                    + " uploads folder sent as a zip beside the document (multipart/form-data:"
                    + " document, archive) instead of the network. Files already brought in by an"
                    + " earlier import are not fetched again. What could not be brought stays as it"
                    + " was and is listed in mediaMissing. none (the default): references stay as they"
                    + " are.";

    /** Whether and how the old blog's files come along. */
    public enum Media {
        NONE,
        FETCH,
        ARCHIVE;

        static Media of(String value) {
            if (value == null || value.isBlank()) {
                return NONE;
            }
            for (Media media : values()) {
                if (media.wireName().equals(value)) {
                    return media;
                }
            }
            throw InvalidRequestException.badParameter(
                    MEDIA, "must be none, fetch or archive, got '" + value + "'");
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The options as the query parameters write them; each strictly true or false. */
    public static ImportOptions of(String dryRun, String prune) {
        return of(dryRun, prune, null);
    }

    /** The options as the query parameters write them, with {@code media}: none or fetch. */
    public static ImportOptions of(String dryRun, String prune, String media) {
        Media mode = Media.of(media);
        if (mode == Media.ARCHIVE) {
            throw InvalidRequestException.badParameter(
                    MEDIA,
                    "archive takes a multipart/form-data body: the export in the field 'document'"
                            + " and the old uploads folder as a zip in the field 'archive'");
        }
        return new ImportOptions(
                Pagination.booleanParameter(DRY_RUN, dryRun),
                Pagination.booleanParameter(PRUNE, prune),
                mode,
                null);
    }

    /** These options, the files coming from {@code uploads}. */
    ImportOptions withArchive(UploadsArchive uploads) {
        return new ImportOptions(dryRun, prune, Media.ARCHIVE, uploads);
    }
}
