package dev.blogapi.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.media.MediaLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Export bundles: a zip holding {@code export.json} and every media file under {@code
 * media/{sha256}/{filename}}, written as it streams out and read back from a file on disk, never
 * whole in memory. A bundle's files are checked as uploads are (their SHA-256, type and size).
 */
@ApplicationScoped
class ExportBundles {

    static final String DOCUMENT = "export.json";

    private final ObjectMapper json;
    private final MediaLibrary media;
    private final ExportFormat format;
    private final ExportRestore restore;
    private final long maxDocumentBytes;

    ExportBundles(
            ObjectMapper json,
            MediaLibrary media,
            ExportFormat format,
            ExportRestore restore,
            BlogConfig config) {
        this.json = json;
        this.media = media;
        this.format = format;
        this.restore = restore;
        this.maxDocumentBytes = config.maxImportBytes();
    }

    StreamingOutput writer(ExportDocument document) {
        return out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(DOCUMENT));
                zip.write(json.writeValueAsBytes(document));
                zip.closeEntry();
                for (ExportDocument.Media file : document.media()) {
                    zip.putNextEntry(new ZipEntry(entryOf(file.sha256(), file.filename())));
                    try (InputStream bytes = media.open(file.item())) {
                        bytes.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        };
    }

    /** Restores a bundle: its document, then its media files from the zip. */
    ImportReport restore(InputStream body, boolean dryRun) {
        Path file = null;
        try {
            file = Files.createTempFile("blog-bundle-", ".zip");
            try (InputStream in = body) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ExportDocument document = format.validated(documentIn(zip));
                return restore.restore(
                        document,
                        dryRun,
                        item -> {
                            ZipEntry entry = zip.getEntry(entryOf(item.sha256(), item.filename()));
                            return entry == null
                                    ? Optional.empty()
                                    : Optional.of(zip.getInputStream(entry));
                        });
            }
        } catch (ZipException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The body is not a zip bundle as GET /api/v1/export?media=true gives: "
                            + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // The temporary folder is the system's to clean.
                }
            }
        }
    }

    private JsonNode documentIn(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(DOCUMENT);
        if (entry == null) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The bundle has no " + DOCUMENT);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes =
                    in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
            if (bytes.length > maxDocumentBytes) {
                throw new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        DOCUMENT
                                + " is larger than BLOG_MAX_IMPORT_BYTES ("
                                + maxDocumentBytes
                                + ")");
            }
            return json.readTree(bytes);
        }
    }

    /** Where a bundle keeps a file: the one name both writing and reading use. */
    static String entryOf(String sha256, String filename) {
        return "media/" + sha256 + "/" + filename;
    }
}
