package dev.blogapi.common.http;

import dev.blogapi.common.error.InvalidRequestException;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Paging parameters and the RFC 8288 Link header for list answers. */
public final class Pagination {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Pagination() {}

    /**
     * {@code value} as an int within bounds, else a 400 naming the parameter; {@code fallback} when
     * absent.
     */
    public static Integer intParameter(
            String name, String value, int min, int max, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        throw InvalidRequestException.badParameter(
                name,
                "must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    /**
     * {@code value} strictly true or false (absent: false), else a 400 naming the parameter: a
     * misspelt flag must not quietly mean the other thing.
     */
    public static boolean booleanParameter(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badParameter(
                name, "must be true or false, got '" + value + "'");
    }

    public static int totalPages(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }

    /**
     * first, prev, next and last links, keeping every other parameter the read takes (see {@link
     * CanonicalQuery}: one answer serves requests that differ only in parameters it ignores).
     */
    public static String linkHeader(UriInfo uri, int page, int size, int totalPages) {
        int last = Math.max(1, totalPages);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, size, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        String canonical = CanonicalQuery.of(uri.getRequestUriBuilder().build().getRawQuery());
        String target =
                uri.getRequestUriBuilder()
                        .replaceQuery(canonical.isEmpty() ? null : canonical)
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size)
                        .build()
                        .toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
