package dev.blogapi.common.db;

import dev.blogapi.common.http.PublicResponseCache;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's blog_content channel (see V10, V26) on one connection of its own, so a
 * write committed by any instance reaches this instance's {@link PublicResponseCache} within
 * moments: the answers showing what it touched are forgotten (see {@link ContentChanges}), or all
 * of them for a change that does not say. While the connection is lost, the cache keeps nothing;
 * once it is back, it starts empty.
 */
@ApplicationScoped
class ContentChangeListener {

    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);
    static final String CHANNEL = "blog_content";
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1_000;

    private final AgroalDataSource dataSource;
    private final PublicResponseCache cache;
    private volatile boolean running;
    private Thread thread;

    ContentChangeListener(AgroalDataSource dataSource, PublicResponseCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "content-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                cache.listening(true);
                while (running) {
                    PGNotification[] changes = postgres.getNotifications(WAIT_MILLIS);
                    if (changes != null && changes.length > 0) {
                        dev.blogapi.common.http.RequestChanges.Touched touched =
                                ContentChanges.parse(
                                        java.util.Arrays.stream(changes)
                                                .map(PGNotification::getParameter)
                                                .toList());
                        cache.forget(touched.topics(), touched.scheduled());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    cache.listening(false);
                    LOG.debugf("Content change notifications interrupted: %s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
