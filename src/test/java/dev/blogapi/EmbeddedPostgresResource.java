package dev.blogapi;

import dev.blogapi.common.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL: a throw-away embedded one by default, or the
 * server named by QUARKUS_DATASOURCE_JDBC_URL when that is set.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalConfigured()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedDatabase.startThrowAway(Files.createTempDirectory("blog-test-pg"));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not create a data directory for the test database", e);
        }
        return Map.of(
                EmbeddedDatabase.JDBC_URL_PROPERTY,
                EmbeddedDatabase.jdbcUrl(postgres),
                "quarkus.datasource.username",
                EmbeddedDatabase.user());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the test database", e);
            }
        }
    }
}
