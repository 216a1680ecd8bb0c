package dev.blogapi.common.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read's query string as the service understands it: only the parameters some public read takes,
 * decoded and encoded one way, in order of name (a repeated name keeps its order). Two requests
 * that differ in anything else (a cache-busting {@code ?v=123}, {@code +} for {@code %20}, order)
 * get one answer, one cache entry and the same paging links.
 */
public final class CanonicalQuery {

    /** Every query parameter of a public GET; the others change nothing in an answer. */
    static final Set<String> KNOWN =
            Set.of(
                    "page",
                    "size",
                    "category",
                    "fields",
                    "includeChildren",
                    "tag",
                    "author",
                    "q",
                    "year",
                    "month",
                    "status",
                    "path",
                    "media");

    private CanonicalQuery() {}

    /** The canonical form of a raw query; empty when none of its parameters is known. */
    public static String of(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>(parameters(rawQuery));
        kept.removeIf(parameter -> !KNOWN.contains(parameter.getKey()));
        kept.sort(Comparator.comparing(Map.Entry::getKey)); // stable: repeats keep their order
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> parameter : kept) {
            if (!canonical.isEmpty()) {
                canonical.append('&');
            }
            canonical.append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
        }
        return canonical.toString();
    }

    /** Whether the raw query names {@code name} at all. */
    static boolean names(String rawQuery, String name) {
        return parameters(rawQuery).stream().anyMatch(parameter -> parameter.getKey().equals(name));
    }

    /** The raw query's parameters, decoded, in order; a name without '=' has the value "". */
    private static List<Map.Entry<String, String>> parameters(String rawQuery) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            parameters.add(
                    Map.entry(
                            decode(equals < 0 ? pair : pair.substring(0, equals)),
                            equals < 0 ? "" : decode(pair.substring(equals + 1))));
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // the resource answers a malformed escape; here it is just a key
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
