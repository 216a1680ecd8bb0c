package dev.blogapi.auth;

import dev.blogapi.common.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed token checks per client address in one-minute windows, so guessing tokens costs a
 * minute per handful of tries. Kept in memory per instance: it slows a guesser down, and a restart
 * forgets it, which is fine for that purpose.
 */
@ApplicationScoped
class FailedAuthThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    // Beyond this many addresses, expired windows are swept; a flood of fresh addresses resets all.
    private static final int MAX_TRACKED = 10_000;

    private record Window(long startNanos, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final LongSupplier nanoTime;

    @Inject
    FailedAuthThrottle(BlogConfig config) {
        this(config.authMaxFailuresPerMinute(), System::nanoTime);
    }

    FailedAuthThrottle(int maxFailures, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.nanoTime = nanoTime;
    }

    /** Seconds until {@code address} may try again, when it has used up its failures. */
    OptionalLong secondsBlocked(String address) {
        Window window = windows.get(address);
        if (window == null || window.failures() < maxFailures) {
            return OptionalLong.empty();
        }
        long left = WINDOW.toNanos() - (nanoTime.getAsLong() - window.startNanos());
        if (left <= 0) {
            windows.remove(address, window);
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
    }

    void recordFailure(String address) {
        long now = nanoTime.getAsLong();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startNanos() >= WINDOW.toNanos());
            if (windows.size() >= MAX_TRACKED) {
                windows.clear();
            }
        }
        windows.merge(
                address,
                new Window(now, 1),
                (old, fresh) ->
                        now - old.startNanos() >= WINDOW.toNanos()
                                ? fresh
                                : new Window(old.startNanos(), old.failures() + 1));
    }
}
