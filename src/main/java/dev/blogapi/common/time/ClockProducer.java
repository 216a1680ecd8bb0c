package dev.blogapi.common.time;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of the current time. It ticks in microseconds, PostgreSQL's precision, so what a
 * write answers equals what a later read returns; tests replace it with a clock they can move.
 */
@Dependent
class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
