package dev.blogapi.media;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The media library as the export sees it: every file's description, its bytes, and a restore that
 * brings files back from an export bundle (or finds them already stored), checked as an upload is.
 */
@ApplicationScoped
public class MediaLibrary {

    /** A file's description, as exported. */
    public record Item(
            UUID id,
            String sha256,
            String filename,
            String contentType,
            long bytes,
            Integer width,
            Integer height,
            String alt,
            String caption,
            Instant createdAt) {

        /** Where the file is served, under the blog's address. */
        public String path() {
            return "/media/" + sha256 + "/" + filename;
        }
    }

    /** What a restore did with the files a document names. */
    public record Restored(int created, int updated, int unchanged, List<String> missing) {}

    /** Where a bundle keeps a file's bytes, when it does. */
    public interface Bytes {
        Optional<InputStream> open(Item item) throws IOException;
    }

    private final MediaRepository media;
    private final MediaStore store;
    private final MediaInspector inspector;
    private final long maxBytes;
    private final java.time.Clock clock;

    MediaLibrary(
            MediaRepository media, MediaStore store, BlogConfig config, java.time.Clock clock) {
        this.clock = clock;
        this.media = media;
        this.store = store;
        this.inspector =
                new MediaInspector(
                        new HashSet<>(config.media().types()), config.media().maxPixels());
        this.maxBytes = config.media().maxBytes();
    }

    /** A file kept in the library: its row, and whether this call added it. */
    record Kept(Media row, boolean created) {}

    /**
     * Stores a file from elsewhere (an import's download) as an upload is checked; the file already
     * stored when the bytes are known.
     */
    public Item store(InputStream bytes, String declaredType, String filename) throws IOException {
        return itemOf(keep(bytes, declaredType, filename, row -> {}).row());
    }

    /**
     * What {@link #store} would keep, checked alike (size, type, pixels) and stored nowhere: a dry
     * run's answer. The item has no id.
     */
    public Item check(InputStream bytes, String declaredType, String filename) throws IOException {
        return checked(
                bytes,
                declaredType,
                filename,
                checked ->
                        findBySha256(checked.received().sha256())
                                .map(MediaLibrary::itemOf)
                                .orElseGet(
                                        () ->
                                                new Item(
                                                        null,
                                                        checked.received().sha256(),
                                                        MediaNames.filename(
                                                                filename,
                                                                checked.inspected().contentType()),
                                                        checked.inspected().contentType(),
                                                        checked.received().bytes(),
                                                        checked.inspected().width(),
                                                        checked.inspected().height(),
                                                        null,
                                                        null,
                                                        clock.instant())));
    }

    /** The file an import brought in from {@code url} (an old blog's address), if one did. */
    public Optional<Item> broughtFrom(String url) {
        return QuarkusTransaction.requiringNew()
                .call(() -> media.broughtFrom(url).map(MediaLibrary::itemOf));
    }

    /** Remembers that {@code url} was brought in as {@code item}, so it is not fetched again. */
    public void remember(String url, Item item) {
        QuarkusTransaction.requiringNew().run(() -> media.remember(url, item.id()));
    }

    /**
     * The one way bytes enter the library: streamed to a temporary file with their SHA-256 and size
     * counted (413 past the limit), checked from the bytes (415, 422), then, unless the same bytes
     * are already there, stored before their row is written ({@code described} fills in what the
     * caller knows of a new row). Two requests racing with the same bytes keep one row.
     */
    Kept keep(
            InputStream bytes,
            String declaredType,
            String filename,
            java.util.function.Consumer<Media> described)
            throws IOException {
        return checked(
                bytes, declaredType, filename, checked -> kept(checked, filename, described));
    }

    private Kept kept(
            Checked checked, String filename, java.util.function.Consumer<Media> described)
            throws IOException {
        String sha256 = checked.received().sha256();
        Optional<Media> known = findBySha256(sha256);
        if (known.isPresent()) {
            return new Kept(known.get(), false);
        }
        String type = checked.inspected().contentType();
        store.put(sha256, checked.file(), type);
        Media row =
                new Media(
                        sha256,
                        MediaNames.filename(filename, type),
                        checked.inspected(),
                        checked.received().bytes(),
                        clock.instant());
        described.accept(row);
        try {
            QuarkusTransaction.requiringNew().run(() -> media.persist(row));
            return new Kept(row, true);
        } catch (jakarta.persistence.PersistenceException raced) {
            return new Kept(findBySha256(sha256).orElseThrow(() -> raced), false);
        }
    }

    /** Bytes received into a temporary file and checked as an upload is. */
    private record Checked(Path file, Received received, MediaInspector.Inspected inspected) {}

    /** What is done with checked bytes before their temporary file goes. */
    @FunctionalInterface
    private interface CheckedUse<T> {
        T apply(Checked checked) throws IOException;
    }

    /**
     * Streams {@code bytes} to a temporary file, counting and hashing them (413, 422 when empty),
     * checks them from the bytes (415, 422), hands them to {@code use}, and deletes the file.
     */
    private <T> T checked(
            InputStream bytes, String declaredType, String filename, CheckedUse<T> use)
            throws IOException {
        Path file = store.temporaryFile();
        try {
            Received received = receive(bytes, file);
            // Checked even when the bytes are known: a request that misnames them is refused alike.
            MediaInspector.Inspected inspected = inspector.inspect(file, declaredType, filename);
            return use.apply(new Checked(file, received, inspected));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The bytes in {@code file}, counted and hashed: 413 past the limit, 422 when empty. */
    private Received receive(InputStream bytes, Path file) throws IOException {
        Received received = Received.copy(bytes, file, maxBytes);
        if (received.bytes() == 0) {
            throw new ProblemException(
                    dev.blogapi.common.error.ProblemType.VALIDATION_FAILED,
                    "The file is empty: send its bytes");
        }
        return received;
    }

    private Optional<Media> findBySha256(String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> media.findBySha256(sha256));
    }

    /** Every file, oldest first. */
    public List<Item> all() {
        return QuarkusTransaction.joiningExisting()
                .call(
                        () ->
                                media.list("order by createdAt, id").stream()
                                        .map(MediaLibrary::itemOf)
                                        .toList());
    }

    /** The whole file. */
    public InputStream open(Item item) throws IOException {
        return store.open(item.sha256(), 0, item.bytes());
    }

    /**
     * Brings back each file: a stored one is kept (its alt, caption and name restored), a new one
     * is taken from {@code bytes} (its SHA-256, type and limits checked as an upload's) or, when
     * the store already has it (another instance's bucket), given its row again. What can be found
     * nowhere is listed as missing. A dry run writes nothing.
     */
    public Restored restore(List<Item> items, Bytes bytes, boolean dryRun) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> missing = new ArrayList<>();
        for (Item item : items) {
            Optional<Media> existing = findBySha256(item.sha256());
            if (existing.isPresent()) {
                if (sameDescription(existing.get(), item)) {
                    unchanged++;
                } else {
                    updated++;
                    if (!dryRun) {
                        describe(existing.get().id, item);
                    }
                }
                continue;
            }
            Optional<String> why = bringBack(item, bytes, dryRun);
            if (why.isEmpty()) {
                created++;
            } else {
                missing.add(item.sha256() + "/" + item.filename() + ": " + why.get());
            }
        }
        return new Restored(created, updated, unchanged, missing);
    }

    /** Empty when the file is back (or would be, in a dry run); else why it is not. */
    private Optional<String> bringBack(Item item, Bytes bytes, boolean dryRun) {
        try {
            if (!inspector.accepts(item.contentType())) {
                return Optional.of(item.contentType() + " is not among BLOG_MEDIA_TYPES");
            }
            Optional<InputStream> source = bytes.open(item);
            if (source.isEmpty()) {
                if (!store.has(item.sha256())) {
                    return Optional.of("not in the bundle nor in the media store");
                }
            } else {
                Optional<String> refused = storeChecked(item, source.get(), dryRun);
                if (refused.isPresent()) {
                    return refused;
                }
            }
            if (!dryRun) {
                QuarkusTransaction.requiringNew().run(() -> media.persist(rowOf(item)));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> storeChecked(Item item, InputStream source, boolean dryRun)
            throws IOException {
        Path file = store.temporaryFile();
        try (InputStream in = source) {
            Received received = Received.copy(in, file, maxBytes);
            if (!received.sha256().equals(item.sha256())) {
                return Optional.of("its bytes do not have the SHA-256 its name says");
            }
            inspector.inspect(file, item.contentType(), item.filename());
            if (!dryRun) {
                store.put(item.sha256(), file, item.contentType());
            }
            return Optional.empty();
        } catch (ProblemException refused) {
            return Optional.of(refused.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void describe(UUID id, Item item) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            Media row = media.findById(id);
                            row.alt = item.alt();
                            row.caption = item.caption();
                            row.filename = MediaNames.filename(item.filename(), item.contentType());
                        });
    }

    private static boolean sameDescription(Media row, Item item) {
        return java.util.Objects.equals(row.alt, item.alt())
                && java.util.Objects.equals(row.caption, item.caption())
                && row.filename.equals(MediaNames.filename(item.filename(), item.contentType()));
    }

    private Media rowOf(Item item) {
        Media row =
                new Media(
                        item.sha256(),
                        MediaNames.filename(item.filename(), item.contentType()),
                        new MediaInspector.Inspected(
                                item.contentType(), item.width(), item.height()),
                        item.bytes(),
                        item.createdAt());
        if (media.findByIdOptional(item.id()).isEmpty()) {
            row.id = item.id();
        }
        row.alt = item.alt();
        row.caption = item.caption();
        return row;
    }

    private static Item itemOf(Media m) {
        return new Item(
                m.id,
                m.sha256,
                m.filename,
                m.contentType,
                m.bytes,
                m.width,
                m.height,
                m.alt,
                m.caption,
                m.createdAt);
    }
}
