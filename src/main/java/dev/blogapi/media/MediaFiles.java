package dev.blogapi.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * What serving a file needs to know of it, remembered: a file's bytes never change under its name,
 * so a read asks the database once a minute at most, not per request. A deleted file stops being
 * served at once on this instance, and within the minute on others (where the local store no longer
 * has it anyway).
 */
@ApplicationScoped
class MediaFiles {

    /** A stored file's type, size and the name it is served under. */
    record Served(String sha256, String filename, String contentType, long bytes) {}

    private final MediaRepository media;
    // Only files that exist: a miss is asked again, so a file restored or uploaded after a 404
    // is served at once.
    private final Cache<String, Served> known =
            Caffeine.newBuilder()
                    .maximumSize(10_000)
                    .expireAfterWrite(Duration.ofMinutes(1))
                    .build();

    MediaFiles(MediaRepository media) {
        this.media = media;
    }

    /** The file served at {@code /media/{sha256}/{filename}}, asking the database when unknown. */
    Optional<Served> find(String sha256, String filename) {
        return (MediaNames.isSha256(sha256) ? find(sha256) : Optional.<Served>empty())
                .filter(found -> found.filename().equals(filename));
    }

    /** The file, only when remembered: never waits for the database (the event loop asks). */
    Optional<Served> remembered(String sha256, String filename) {
        return Optional.ofNullable(known.getIfPresent(sha256))
                .filter(found -> found.filename().equals(filename));
    }

    private Optional<Served> find(String sha256) {
        return Optional.ofNullable(known.get(sha256, this::lookUp));
    }

    /** The file's facts from its row; null (not remembered) when there is none. */
    private Served lookUp(String sha256) {
        return QuarkusTransaction.joiningExisting()
                .call(
                        () ->
                                media.findBySha256(sha256)
                                        .map(
                                                m ->
                                                        new Served(
                                                                m.sha256,
                                                                m.filename,
                                                                m.contentType,
                                                                m.bytes))
                                        .orElse(null));
    }

    void forget(String sha256) {
        known.invalidate(sha256);
    }
}
