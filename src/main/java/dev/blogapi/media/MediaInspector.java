package dev.blogapi.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Tag;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file is, read from its bytes alone (Tika's magic numbers; never the name or the
 * header, which may only agree), and, for images, its dimensions from the header without decoding a
 * pixel (metadata-extractor; SVGs from their root element).
 */
final class MediaInspector {

    /** The file's real type, and its width and height when it is an image that says them. */
    record Inspected(String contentType, Integer width, Integer height) {}

    private static final Set<String> GENERIC =
            Set.of("application/octet-stream", "binary/octet-stream", "multipart/form-data");

    private final Set<String> accepted;
    private final long maxPixels;
    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    MediaInspector(Set<String> accepted, long maxPixels) {
        this.accepted = accepted;
        this.maxPixels = maxPixels;
    }

    /**
     * Inspects the file; a type not accepted, a declared type or filename extension the bytes
     * contradict, an unsafe SVG or a decompression bomb is refused with a problem.
     */
    Inspected inspect(Path file, String declaredType, String filename) throws IOException {
        String type = detect(file);
        if (!accepted.contains(type)) {
            throw unsupported(
                    "The file is "
                            + (type.equals("application/octet-stream") ? "of no known type" : type)
                            + "; accepted: "
                            + String.join(", ", accepted.stream().sorted().toList()));
        }
        String declared = declaredType == null ? null : baseType(declaredType);
        if (declared != null && !GENERIC.contains(declared) && !declared.equals(type)) {
            throw unsupported("The request says " + declared + " but the file is " + type);
        }
        String claimed = MediaNames.typeClaimedBy(filename);
        if (claimed != null && !claimed.equals(type)) {
            throw unsupported(
                    "The filename '" + filename + "' says " + claimed + " but the file is " + type);
        }
        int[] size =
                type.equals("image/svg+xml")
                        ? SvgSafety.checkedSize(file)
                        : type.startsWith("image/") ? dimensions(file) : null;
        if (size != null && (long) size[0] * size[1] > maxPixels) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The image declares "
                            + size[0]
                            + "×"
                            + size[1]
                            + " pixels; at most "
                            + maxPixels
                            + " pixels are accepted (BLOG_MEDIA_MAX_PIXELS)");
        }
        return new Inspected(type, size == null ? null : size[0], size == null ? null : size[1]);
    }

    boolean accepts(String contentType) {
        return accepted.contains(contentType);
    }

    private String detect(Path file) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /** The first width and height a header directory gives, or null when none does. */
    private static int[] dimensions(Path file) throws IOException {
        com.drew.metadata.Metadata metadata;
        try (InputStream in = Files.newInputStream(file)) {
            metadata = ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (ImageProcessingException e) {
            return null;
        }
        for (Directory directory : metadata.getDirectories()) {
            Integer width = null;
            Integer height = null;
            for (Tag tag : directory.getTags()) {
                if (tag.getTagName().equals("Image Width")) {
                    width = directory.getInteger(tag.getTagType());
                } else if (tag.getTagName().equals("Image Height")) {
                    height = directory.getInteger(tag.getTagType());
                }
            }
            if (width != null && height != null && width > 0 && height > 0) {
                return new int[] {width, height};
            }
        }
        return null;
    }

    private static String baseType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    static ProblemException unsupported(String detail) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }
}
