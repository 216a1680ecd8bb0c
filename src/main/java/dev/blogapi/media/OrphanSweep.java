package dev.blogapi.media;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Removes stored files without a row: what a crash between writing a file and its row (or between
 * deleting a row and its file) leaves. Runs at startup, in the background, and only on files older
 * than an hour, so an upload still in flight on another instance is never touched.
 */
@ApplicationScoped
class OrphanSweep {

    static final Duration GRACE = Duration.ofHours(1);

    private final MediaStore store;
    private final MediaRepository media;
    private final Clock clock;

    OrphanSweep(MediaStore store, MediaRepository media, Clock clock) {
        this.store = store;
        this.media = media;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent started) {
        Thread sweeper =
                new Thread(
                        () -> {
                            try {
                                int removed = sweep(clock.instant().minus(GRACE));
                                if (removed > 0) {
                                    Log.infof("Removed %d media files without a row", removed);
                                }
                            } catch (IOException | RuntimeException e) {
                                Log.warnf(
                                        "The media orphan sweep did not finish: %s", e.toString());
                            }
                        },
                        "media-orphan-sweep");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    /** Deletes the stored files written before {@code before} that no row names; how many. */
    int sweep(Instant before) throws IOException {
        store.removeUnfinished(before);
        List<String> candidates =
                store.list().stream()
                        .filter(stored -> stored.writtenAt().isBefore(before))
                        .map(MediaStore.Stored::sha256)
                        .toList();
        int removed = 0;
        for (int from = 0; from < candidates.size(); from += 500) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + 500));
            Set<String> known = QuarkusTransaction.requiringNew().call(() -> media.known(batch));
            for (String sha256 : batch) {
                if (!known.contains(sha256)) {
                    store.delete(sha256);
                    removed++;
                }
            }
        }
        return removed;
    }
}
