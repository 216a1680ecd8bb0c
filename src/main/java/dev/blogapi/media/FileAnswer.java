package dev.blogapi.media;

import dev.blogapi.common.http.EntityTags;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a request for a stored file is answered, decided once for both ways it is sent (the fast path
 * on the event loop and the resource): the status, the headers, and which bytes.
 *
 * @param status 200, 206, 304 or 416
 * @param offset the first byte sent
 * @param length how many bytes are sent; 0 for 304 and 416
 */
record FileAnswer(int status, Map<String, String> headers, long offset, long length) {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** No script runs and nothing loads in a file opened from here (an SVG, a PDF). */
    static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    static FileAnswer of(MediaFiles.Served file, String range, String ifNoneMatch, String ifRange) {
        String etag = "\"" + file.sha256() + "\"";
        Map<String, String> headers = common(file, etag);
        if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, etag)) {
            return new FileAnswer(304, headers, 0, 0);
        }
        ByteRange.Asked asked =
                ifRange == null || ifRange.strip().equals(etag)
                        ? ByteRange.of(range, file.bytes())
                        : new ByteRange.Whole();
        if (asked instanceof ByteRange.Unsatisfiable) {
            headers.put("Content-Range", "bytes */" + file.bytes());
            return new FileAnswer(416, headers, 0, 0);
        }
        headers.put("Content-Type", file.contentType());
        // Already compressed (or not worth it): the HTTP layer's gzip must leave it alone.
        headers.put("Content-Encoding", "identity");
        if (asked instanceof ByteRange.Part part) {
            ByteRange bytes = part.range();
            headers.put(
                    "Content-Range",
                    "bytes " + bytes.first() + "-" + bytes.last() + "/" + file.bytes());
            return new FileAnswer(206, headers, bytes.first(), bytes.length());
        }
        return new FileAnswer(200, headers, 0, file.bytes());
    }

    private static Map<String, String> common(MediaFiles.Served file, String etag) {
        String type = file.contentType();
        boolean shown =
                type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", IMMUTABLE);
        headers.put("Accept-Ranges", "bytes");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", SANDBOX);
        headers.put(
                "Content-Disposition",
                (shown ? "inline" : "attachment") + "; filename=\"" + file.filename() + "\"");
        return headers;
    }
}
