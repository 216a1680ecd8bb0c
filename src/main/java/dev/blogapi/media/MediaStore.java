package dev.blogapi.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where media files live, named by the SHA-256 of their bytes: the local disk or an S3-compatible
 * object store. Writing the same name twice is harmless (the bytes are the same).
 */
public interface MediaStore {

    /** A stored file: its name (the SHA-256) and when it was written. */
    record Stored(String sha256, Instant writtenAt) {}

    /** Stores the finished file {@code file} under {@code sha256}; the file may be moved away. */
    void put(String sha256, Path file, String contentType) throws IOException;

    /** The file's bytes from {@code offset} on, {@code length} of them. */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /**
     * The file on the local disk, when the store keeps it there: served without copying it through
     * the JVM.
     */
    Optional<Path> localPath(String sha256);

    void delete(String sha256) throws IOException;

    /** Whether the store holds the file. */
    boolean has(String sha256) throws IOException;

    /** Every stored file: what the orphan sweep compares with the rows. */
    List<Stored> list() throws IOException;

    /** Where an upload streams to before it is checked and stored. */
    default Path temporaryFile() throws IOException {
        return Files.createTempFile(TEMPORARY_PREFIX, ".part");
    }

    /** Removes what uploads interrupted by a crash left in {@link #temporaryFile}'s folder. */
    default void removeUnfinished(Instant before) throws IOException {
        removeOlder(
                Path.of(System.getProperty("java.io.tmpdir")), TEMPORARY_PREFIX + "*.part", before);
    }

    /**
     * Deletes the files in {@code folder} matching {@code glob} last written before {@code before}.
     */
    static void removeOlder(Path folder, String glob, Instant before) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    String TEMPORARY_PREFIX = "blog-media-";
}
