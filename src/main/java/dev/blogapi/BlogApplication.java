package dev.blogapi;

import dev.blogapi.common.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service: starts the embedded PostgreSQL first when no external
 * database is configured, then Quarkus.
 */
@QuarkusMain
public class BlogApplication implements QuarkusApplication {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessExternalConfigured();
        Quarkus.run(BlogApplication.class, args);
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
