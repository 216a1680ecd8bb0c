package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.UnauthorizedException;
import dev.blogapi.common.http.Pagination;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** The list query as sent: strings, so a bad value is a 400 naming it rather than a framework 404. */
public class PostListParameters {

    @QueryParam("page")
    String page;
    @QueryParam("size")
    String size;
    @QueryParam("category")
    String category;
    @QueryParam("author")
    String author;
    @QueryParam("q")
    String q;
    @QueryParam("year")
    String year;
    @QueryParam("month")
    String month;
    @QueryParam("status")
    String status;

    int page() {
        return Pagination.intParameter("page", page, 1, 1_000_000, 1);
    }

    int size() {
        return Pagination.intParameter("size", size, 1, Pagination.MAX_SIZE, Pagination.DEFAULT_SIZE);
    }

    PostFilter toFilter(Caller caller) {
        Integer y = Pagination.intParameter("year", year, 1, 9999, null);
        Integer m = Pagination.intParameter("month", month, 1, 12, null);
        if (m != null && y == null) {
            throw InvalidRequestException.badParameter("month", "needs year as well, e.g. ?year=2007&month=6");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > 200) {
            throw InvalidRequestException.badParameter("q", "must be at most 200 characters");
        }
        LocalDate from = y == null ? null : LocalDate.of(y, m == null ? 1 : m, 1);
        LocalDate to = from == null ? null : (m == null ? from.plusYears(1) : from.plusMonths(1));
        return new PostFilter(visibility(caller), blankToNull(category), blankToNull(author), query,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private PostFilter.Visibility visibility(Caller caller) {
        if (status == null) {
            return PostFilter.Visibility.PUBLISHED;
        }
        PostFilter.Visibility visibility;
        try {
            visibility = PostFilter.Visibility.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badParameter("status", "must be draft, scheduled, published or all");
        }
        if (visibility != PostFilter.Visibility.PUBLISHED && !caller.authenticated()) {
            throw new UnauthorizedException("status=" + status + " lists unpublished posts and needs a token");
        }
        return visibility;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
