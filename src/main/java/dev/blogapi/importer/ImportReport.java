package dev.blogapi.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportReport",
        description =
                "What an import did, item by item: every item of the document is created, updated,"
                        + " unchanged, failed or skipped; warnings name what was imported but not"
                        + " exactly as the source had it.",
        requiredProperties = {
            "created",
            "updated",
            "unchanged",
            "failed",
            "skipped",
            "warnings",
            "converted",
            "missing",
            "gated",
            "labels",
            "dryRun"
        })
public record ImportReport(
        @Schema(examples = "9") int created,
        @Schema(examples = "0") int updated,
        @Schema(examples = "1") int unchanged,
        List<Failure> failed,
        List<Skipped> skipped,
        List<Warning> warnings,
        List<Converted> converted,
        List<Missing> missing,
        Gated gated,
        Labels labels,
        @Schema(
                        description =
                                "True when the import was asked with dryRun=true: the counts say"
                                        + " what it would do, and nothing was written",
                        examples = "false")
                boolean dryRun,
        @Schema(
                        description =
                                "Restores of an export, and imports asked with media=fetch or"
                                        + " media=archive: the files brought in, and those that"
                                        + " could not be")
                @com.fasterxml.jackson.annotation.JsonInclude(
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                MediaFiles media,
        @Schema(
                        description =
                                "Imports asked with media=fetch or media=archive: each old"
                                        + " address that could not be brought in (its references"
                                        + " were left as they were), and why")
                @com.fasterxml.jackson.annotation.JsonInclude(
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                List<MediaMissing> mediaMissing) {

    @Schema(
            name = "ImportMediaMissing",
            description =
                    "An old blog's file that an import could not bring in: not reachable, refused"
                            + " (an internal address, a type or size the library does not take),"
                            + " or not in the uploaded archive.",
            requiredProperties = {"url", "reason"})
    public record MediaMissing(
            @Schema(examples = "https://handtools.example/wp-content/uploads/2019/05/heron.jpg")
                    String url,
            @Schema(
                            examples =
                                    "https://handtools.example/wp-content/uploads/2019/05/heron.jpg answered 404")
                    String reason) {}

    @Schema(
            name = "ImportMedia",
            description =
                    "The media files a restored export names: created, updated (alt, caption or"
                            + " name), unchanged, and missing (not in the bundle nor the store, or"
                            + " refused), each with why. For an import with media=fetch or"
                            + " media=archive: created counts the files this import brought in,"
                            + " unchanged those an earlier import had brought (not fetched again),"
                            + " missing the old addresses in mediaMissing.",
            requiredProperties = {"created", "updated", "unchanged", "missing"})
    public record MediaFiles(
            @Schema(examples = "12") int created,
            @Schema(examples = "0") int updated,
            @Schema(examples = "3") int unchanged,
            @Schema(
                            description =
                                    "Each as sha256/filename: why (not in the bundle nor the"
                                            + " store, or refused as an upload would be)")
                    List<String> missing) {}

    /** This report, with what happened to the media files. */
    public ImportReport withMedia(MediaFiles files) {
        return new ImportReport(
                created,
                updated,
                unchanged,
                failed,
                skipped,
                warnings,
                converted,
                missing,
                gated,
                labels,
                dryRun,
                files,
                mediaMissing);
    }

    @Schema(
            name = "ImportGated",
            description =
                    "Imported items whose body is gated: anonymous readers get their metadata and"
                            + " free part only (Ghost members-only, paid and tiers posts; WordPress"
                            + " password-protected items, their passwords stored hashed).",
            requiredProperties = {"members", "paid", "password"})
    public record Gated(
            @Schema(examples = "10") int members,
            @Schema(examples = "7") int paid,
            @Schema(examples = "4") int password) {}

    @Schema(
            name = "ImportLabels",
            description =
                    "Categories and tags the document lists on its own (a WordPress export's"
                            + " categories and tags, a Ghost export's public tags), with posts or"
                            + " without, that this import created; those already here with the"
                            + " same slug were matched, not counted. Categories keep their parent"
                            + " and description.",
            requiredProperties = {"categories", "tags"})
    public record Labels(
            @Schema(examples = "12") int categories, @Schema(examples = "30") int tags) {}

    @Schema(
            name = "ImportConversion",
            description =
                    "Markup an engine renders when it serves a page, made here at import, counted by"
                            + " kind: player (a video address became its player), link (an address"
                            + " alone on its line became a link), caption, gallery, video, audio.",
            requiredProperties = {"kind", "count"})
    public record Converted(
            @Schema(examples = "player") String kind, @Schema(examples = "125") int count) {}

    @Schema(
            name = "ImportMissing",
            description =
                    "A post or page an earlier import of the same blog brought in that this"
                            + " document no longer has (deleted at the source): unpublished when"
                            + " the import was asked with prune=true, never deleted.",
            requiredProperties = {"guid", "slug", "title", "unpublished"})
    public record Missing(
            @Schema(examples = "http://handtools.example/?p=17") String guid,
            @Schema(examples = "old-news") String slug,
            @Schema(examples = "Old news") String title,
            @Schema(
                            description = "True when this import made it a draft (prune=true)",
                            examples = "false")
                    boolean unpublished) {}

    @Schema(
            name = "ImportFailure",
            description = "An item that was not imported, and why.",
            requiredProperties = {"guid", "reason"})
    public record Failure(
            @Schema(examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22", nullable = true)
                    String guid,
            @Schema(examples = "title is longer than 300 characters") String reason) {}

    @Schema(
            name = "ImportSkipped",
            description = "Items left out on purpose, counted by kind.",
            requiredProperties = {"kind", "count", "reason"})
    public record Skipped(
            @Schema(examples = "duplicate-guid") String kind,
            @Schema(examples = "2") int count,
            @Schema(
                            examples =
                                    "the guid appears earlier in this document; the first item with it was imported")
                    String reason) {}

    @Schema(
            name = "ImportWarning",
            description =
                    "Something imported differently from the source: markup the sanitiser took"
                            + " out (listed in removed; an iframe from a host not in"
                            + " BLOG_EMBED_HOSTS, a script, an object, an SVG; each one with a"
                            + " source became a link to it), characters XML forbids that were"
                            + " dropped, a date the source lacked or that could not be read, a"
                            + " title the source lacked (taken from the body), a value shortened"
                            + " to fit. guid is null for the document as a whole.",
            requiredProperties = {"guid", "kind", "detail", "removed"})
    public record Warning(
            @Schema(examples = "tag:example.org,2019:post-17", nullable = true) String guid,
            @Schema(
                            examples = "removed-markup",
                            enumeration = {
                                "removed-markup",
                                "forbidden-characters",
                                "undated",
                                "untitled",
                                "shortened",
                                "unknown-shortcode",
                                "dropped-block",
                                "missing-attachment",
                                "private"
                            })
                    String kind,
            @Schema(
                            examples =
                                    "the sanitiser took out 1 element(s) it does not allow; each one with a source is now a link to it")
                    String detail,
            @Schema(
                            description =
                                    "For removed-markup: each element taken out, with its source",
                            examples = "[\"script src=https://gist.github.com/octo/1.js\"]")
                    List<String> removed) {

        /** The same warning about another guid (an item whose guid the engine's rules changed). */
        public Warning about(String otherGuid) {
            return new Warning(otherGuid, kind, detail, removed);
        }

        public static Warning of(String guid, WarningKind kind, String detail) {
            return new Warning(guid, kind.wireName(), detail, List.of());
        }

        /** What the sanitiser took out of an item's body, named one by one. */
        public static Warning removedMarkup(String guid, List<String> removed) {
            return new Warning(
                    guid,
                    WarningKind.REMOVED_MARKUP.wireName(),
                    "the sanitiser took out "
                            + removed.size()
                            + " element(s) it does not allow; each one with a source is now a"
                            + " link to it",
                    removed);
        }
    }
}
