package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.PermissionDeniedException;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.common.http.Pagination;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The list query as sent: strings, so a bad value is a 400 naming it rather than a framework 404.
 */
class PostListParameters {

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 1; past the last page gives an empty page",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "1000000",
                            defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Posts per page",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    String size;

    @QueryParam("category")
    @Parameter(description = "Only posts in this category (slug)", example = "tools")
    String category;

    @QueryParam("includeChildren")
    @Parameter(
            description =
                    "With category: posts filed under its sub-categories (at any depth) too, as a"
                            + " WordPress category archive shows them",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String includeChildren;

    @QueryParam("tag")
    @Parameter(description = "Only posts with this tag (slug)", example = "python")
    String tag;

    @QueryParam("author")
    @Parameter(description = "Only posts by this author (slug)", example = "ada-lindqvist")
    String author;

    @QueryParam("q")
    @Parameter(
            description =
                    "Full-text search over title and body (web search syntax: words, \"phrases\", -not, or)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200),
            example = "honing guide")
    String q;

    @QueryParam("year")
    @Parameter(
            description = "Only posts published in this year (UTC)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999"),
            example = "2007")
    String year;

    @QueryParam("month")
    @Parameter(
            description = "With year: only posts published in this month (UTC)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12"),
            example = "6")
    String month;

    @QueryParam("status")
    @Parameter(
            description = "published (default) for anyone; draft, scheduled or all need a token",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"published", "draft", "scheduled", "all"},
                            defaultValue = "published"))
    String status;

    int page() {
        return Pagination.intParameter("page", page, 1, 1_000_000, 1);
    }

    int size() {
        return Pagination.intParameter(
                "size", size, 1, Pagination.MAX_SIZE, Pagination.DEFAULT_SIZE);
    }

    PostFilter toFilter(Caller caller) {
        Integer y = Pagination.intParameter("year", year, 1, 9999, null);
        Integer m = Pagination.intParameter("month", month, 1, 12, null);
        if (m != null && y == null) {
            throw InvalidRequestException.badParameter(
                    "month", "needs year as well, e.g. ?year=2007&month=6");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > 200) {
            throw InvalidRequestException.badParameter("q", "must be at most 200 characters");
        }
        LocalDate from = y == null ? null : LocalDate.of(y, m == null ? 1 : m, 1);
        LocalDate to = from == null ? null : (m == null ? from.plusYears(1) : from.plusMonths(1));
        PostFilter filter =
                PostFilter.posts(
                        visibility(caller),
                        blankToNull(category),
                        blankToNull(tag),
                        blankToNull(author),
                        query,
                        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to == null ? null : to.atStartOfDay(ZoneOffset.UTC).toInstant());
        return Pagination.booleanParameter("includeChildren", includeChildren)
                ? filter.withChildren()
                : filter;
    }

    private PostFilter.Visibility visibility(Caller caller) {
        return visibilityOf(status, caller);
    }

    /** The {@code status} parameter of a list of posts or pages; unpublished ones need a token. */
    static PostFilter.Visibility visibilityOf(String status, Caller caller) {
        if (status == null) {
            return PostFilter.Visibility.PUBLISHED;
        }
        PostFilter.Visibility visibility;
        try {
            visibility = PostFilter.Visibility.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter(
                    "status", "must be draft, scheduled, published or all");
        }
        if (visibility != PostFilter.Visibility.PUBLISHED && !caller.authenticated()) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    "status=" + status + " lists unpublished content and needs a token");
        }
        if (visibility != PostFilter.Visibility.PUBLISHED && !caller.seesUnpublished()) {
            throw new PermissionDeniedException(
                    "status="
                            + status
                            + " lists unpublished content: a reader token reads published"
                            + " content only");
        }
        return visibility;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
