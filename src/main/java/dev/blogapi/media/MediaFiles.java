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
    private final Cache<String, Optional<Served>> known =
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
        Optional<Served> known = this.known.getIfPresent(sha256);
        return known == null
                ? Optional.empty()
                : known.filter(found -> found.filename().equals(filename));
    }

    private Optional<Served> find(String sha256) {
        return known.get(
                sha256,
                name ->
                        QuarkusTransaction.joiningExisting()
                                .call(
                                        () ->
                                                media.findBySha256(name)
                                                        .map(
                                                                m ->
                                                                        new Served(
                                                                                m.sha256,
                                                                                m.filename,
                                                                                m.contentType,
                                                                                m.bytes))));
    }

    void forget(String sha256) {
        known.invalidate(sha256);
    }
}
