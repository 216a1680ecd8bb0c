package dev.blogapi.common.http;

import java.time.Instant;
import java.util.Optional;

/**
 * When public content next changes by the clock alone: the moment the next scheduled post goes out.
 * Answered by the post package, which owns the visibility rule.
 */
public interface PublicationSchedule {

    Optional<Instant> nextPublicationAfter(Instant now);
}
