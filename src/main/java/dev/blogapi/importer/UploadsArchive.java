package dev.blogapi.importer;

import dev.blogapi.common.error.InvalidRequestException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A moved blog's uploads folder, sent as a zip beside its export (WordPress's {@code
 * wp-content/uploads}, Ghost's {@code content/images}, zipped from the folder itself or from one
 * above it): the file an old address names is the entry whose path ends with the address's path
 * below the uploads folder ({@code /wp-content/uploads/2019/05/heron-300x200.jpg} is {@code
 * 2019/05/heron-300x200.jpg}, wherever the zip starts). Entries are read, never extracted.
 */
public final class UploadsArchive implements Closeable {

    /** Where engines keep uploads below the site's address; what follows is the file's path. */
    private static final List<String> UPLOAD_FOLDERS =
            List.of(
                    "/wp-content/uploads/",
                    "/content/images/",
                    "/content/media/",
                    "/content/files/");

    private final ZipFile zip;
    private final Map<String, List<ZipEntry>> byFilename = new HashMap<>();

    private UploadsArchive(ZipFile zip) {
        this.zip = zip;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.isDirectory()) {
                byFilename
                        .computeIfAbsent(filenameOf(entry.getName()), name -> new ArrayList<>())
                        .add(entry);
            }
        }
    }

    /** The zip at {@code file}; a 422 naming the field when it is not one. */
    public static UploadsArchive open(Path file) {
        try {
            return new UploadsArchive(new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw new InvalidRequestException(
                    "archive", "is not a zip file: zip the old uploads folder and send that");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file {@code address} names, when the archive has it. */
    public Optional<InputStream> open(URI address) throws IOException {
        String path = address.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        String below = belowUploads(path);
        for (ZipEntry entry : byFilename.getOrDefault(filenameOf(path), List.of())) {
            String name = entry.getName().replace('\\', '/');
            if (name.equals(below) || name.endsWith("/" + below)) {
                return Optional.of(zip.getInputStream(entry));
            }
        }
        return Optional.empty();
    }

    /** The path below the engine's uploads folder, or the whole path without its first slash. */
    private static String belowUploads(String path) {
        for (String folder : UPLOAD_FOLDERS) {
            int at = path.indexOf(folder);
            if (at >= 0) {
                return path.substring(at + folder.length());
            }
        }
        return path.substring(1);
    }

    private static String filenameOf(String path) {
        return path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
