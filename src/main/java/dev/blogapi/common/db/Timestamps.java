package dev.blogapi.common.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants at PostgreSQL's precision, so what a write answers equals what a later read returns. */
public final class Timestamps {

    private Timestamps() {}

    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
