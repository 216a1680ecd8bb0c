package dev.blogapi.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms one site path is written in, as old engines served and linked it: with or without its
 * trailing slash, its non-ASCII characters raw or percent-escaped, the escapes in upper or lower
 * case. A path resolves when any form of it is a kept old path or fits a permalink pattern.
 */
final class SitePaths {

    private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    private SitePaths() {}

    /** Every form of {@code path}, the path as given first; at most a dozen. */
    static Set<String> variants(String path) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(path);
        String decoded = decoded(path);
        spellings.add(decoded);
        spellings.add(escapes(path, true));
        spellings.add(escapes(path, false));
        String encoded = encoded(decoded);
        spellings.add(encoded);
        spellings.add(escapes(encoded, false));
        Set<String> variants = new LinkedHashSet<>();
        for (String spelling : spellings) {
            variants.add(spelling);
            variants.add(otherSlash(spelling));
        }
        variants.remove("");
        return variants;
    }

    /** The path without percent-escapes (an escape that is not UTF-8 stays as written). */
    static String decoded(String path) {
        if (!path.contains("%")) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The path with non-ASCII characters percent-escaped (upper case), as browsers send it. */
    static String encoded(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && c > 0x20) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static String escapes(String path, boolean upper) {
        Matcher escape = ESCAPE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            String written = escape.group();
            escape.appendReplacement(
                    out,
                    upper ? written.toUpperCase(Locale.ROOT) : written.toLowerCase(Locale.ROOT));
        }
        return escape.appendTail(out).toString();
    }

    /** The path with its trailing slash taken off, or added (not to a query or a file name). */
    private static String otherSlash(String path) {
        if (path.equals("/") || path.contains("?")) {
            return path;
        }
        if (path.endsWith("/")) {
            return path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1).contains(".") ? path : path + "/";
    }
}
