package dev.blogapi.common.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * RFC 9110 13.2.2 for a read: If-None-Match when sent, else If-Modified-Since against the answer's
 * last modification. An If-Modified-Since that is empty, not an HTTP date, or in the future is
 * ignored (13.1.3), never an error.
 */
public final class Conditional {

    private Conditional() {}

    /** Whether a GET or HEAD with these headers gets 304 for an answer with this validator. */
    public static boolean notModified(
            String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, etag);
        }
        if (lastModified == null) {
            return false;
        }
        return httpDate(ifModifiedSince)
                .filter(since -> !since.isAfter(Instant.now()))
                .map(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since))
                .orElse(false);
    }

    /** An IMF-fixdate (or RFC 1123 date); empty when absent or not a date. */
    static Optional<Instant> httpDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
