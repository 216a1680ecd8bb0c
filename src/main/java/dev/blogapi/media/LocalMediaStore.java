package dev.blogapi.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Media on the local disk, under {@code BLOG_DATA_DIR/media/ab/abcdef…} (two hex digits of fan-out,
 * so no folder holds more than a few thousand files). A file appears whole or not at all: it is
 * moved into place, atomically, from the same disk.
 */
final class LocalMediaStore implements MediaStore {

    private final Path root;

    LocalMediaStore(Path root) {
        this.root = root;
    }

    @Override
    public void put(String sha256, Path file, String contentType) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        // A rename on one disk: the file appears whole or not at all. Replacing an existing one
        // changes nothing, the bytes being the same.
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public Optional<Path> localPath(String sha256) {
        return Optional.of(pathOf(sha256)).filter(Files::isRegularFile);
    }

    @Override
    public boolean has(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    @Override
    public List<Stored> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> MediaNames.isSha256(path.getFileName().toString()))
                    .map(this::stored)
                    .flatMap(Optional::stream)
                    .toList();
        }
    }

    private Optional<Stored> stored(Path path) {
        try {
            return Optional.of(
                    new Stored(
                            path.getFileName().toString(),
                            Files.getLastModifiedTime(path).toInstant()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A temporary file on the store's own disk, so that {@link #put} moves it, never copies. */
    @Override
    public Path temporaryFile() throws IOException {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        return Files.createTempFile(incoming, "upload-", ".part");
    }

    @Override
    public void removeUnfinished(Instant before) throws IOException {
        MediaStore.removeOlder(root.resolve("incoming"), "*.part", before);
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
