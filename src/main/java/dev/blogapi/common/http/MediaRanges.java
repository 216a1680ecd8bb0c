package dev.blogapi.common.http;

import java.util.Locale;

/** Whether an Accept header (RFC 9110 12.5.1) admits a media type: ranges, wildcards, q=0. */
final class MediaRanges {

    private MediaRanges() {}

    static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        if (contentType == null) {
            return false;
        }
        String type = essence(contentType);
        int slash = type.indexOf('/');
        String major = slash < 0 ? type : type.substring(0, slash);
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String wanted = essence(parts[0]);
            if (refused(parts)) {
                continue;
            }
            if (wanted.equals("*/*") || wanted.equals(type) || wanted.equals(major + "/*")) {
                return true;
            }
        }
        return false;
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** q=0 means "not this one". */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
