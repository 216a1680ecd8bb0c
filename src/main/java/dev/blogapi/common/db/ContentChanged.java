package dev.blogapi.common.db;

import dev.blogapi.common.http.AffectedAddresses;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A CDI event fired inside a post write's transaction with what it touched (see {@link
 * ContentChanges}): an observer in the same transaction (a webhook outbox) sees the change commit
 * or roll back with it. {@link #addresses} are the public addresses it may have changed, for a
 * CDN's purge or a front end's rebuild.
 *
 * @param scheduled when a post the write scheduled goes out; null when none
 */
public record ContentChanged(Set<String> topics, Instant scheduled) {

    public List<String> addresses() {
        return AffectedAddresses.of(topics);
    }
}
