package dev.blogapi.media;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The names media are known by: their SHA-256, and a filename safe in a URL and on any disk. */
final class MediaNames {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The extension each accepted type is served with. */
    static final Map<String, String> EXTENSIONS =
            Map.of(
                    "image/jpeg", "jpg",
                    "image/png", "png",
                    "image/gif", "gif",
                    "image/webp", "webp",
                    "image/avif", "avif",
                    "image/svg+xml", "svg",
                    "application/pdf", "pdf",
                    "audio/mpeg", "mp3",
                    "video/mp4", "mp4");

    private MediaNames() {}

    static boolean isSha256(String name) {
        return SHA256.matcher(name).matches();
    }

    /**
     * A filename for the URL: the given one's base in lower-case ASCII letters, digits and dashes
     * (accents dropped, anything else a dash), at most 100 characters, with the extension of the
     * type the bytes are; {@code file} when nothing is left.
     */
    static String filename(String given, String contentType) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base =
                Normalizer.normalize(base, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "file" : base) + "." + EXTENSIONS.getOrDefault(contentType, "bin");
    }

    /** The type a filename's extension claims, when it names one of the known types. */
    static String typeClaimedBy(String filename) {
        if (filename == null || filename.lastIndexOf('.') < 0) {
            return null;
        }
        String extension =
                filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("jpeg")) {
            return "image/jpeg";
        }
        return EXTENSIONS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(extension))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
