package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings an operator gets wrong are refused at start with a message that says what to do. */
class StartupChecksIT {

    @Test
    void refusesAShortAdminTokenWithAClearMessage() throws Exception {
        PackagedService service =
                PackagedService.launch(
                        "startup-short-token",
                        Map.of(
                                "BLOG_ADMIN_TOKEN",
                                "change-me",
                                "BLOG_DATA_DIR",
                                Files.createTempDirectory("blog-short-token").toString()));
        try {
            assertTrue(service.process().waitFor(90, TimeUnit.SECONDS), "the service stopped");
            assertNotEquals(0, service.process().exitValue());
            String log = Files.readString(service.log());
            assertTrue(
                    log.contains(
                            "BLOG_ADMIN_TOKEN is 9 characters long; it must have at least 32."
                                    + " Generate one with: openssl rand -hex 32"),
                    log);
        } finally {
            service.process().destroyForcibly();
        }
    }
}
