package dev.blogapi.media;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The filename a Content-Disposition header gives (RFC 6266), {@code filename*} first. */
final class ContentDisposition {

    private static final Pattern EXTENDED =
            Pattern.compile("filename\\*\\s*=\\s*(?i:utf-8)''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN =
            Pattern.compile(
                    "filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))",
                    Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {}

    static String filename(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return URLDecoder.decode(
                        extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // Fall back to the plain filename.
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            return plain.group(1) != null
                    ? plain.group(1).replaceAll("\\\\(.)", "$1")
                    : plain.group(2);
        }
        return null;
    }
}
