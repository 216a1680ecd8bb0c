package dev.blogapi.common.db;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops the embedded PostgreSQL as the last step of Quarkus' shutdown, after in-flight requests
 * have drained, so no request loses its database midway.
 */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

    void stopDatabaseLast(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.stopIfStarted();
    }
}
