package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A post deleted at the source, and the blog's export imported again: the report lists it in {@code
 * missing}; {@code prune=true} unpublishes it (a draft again), never deletes it.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class PruneTest {

    private static final String GONE = "http://handtools.example/?p=203";

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @Test
    void listsWhatTheSourceNoLongerHasAndUnpublishesItOnlyWhenAsked() throws Exception {
        String whole =
                new String(SourceFixtures.bytes("wordpress-bodies.xml"), StandardCharsets.UTF_8);
        importing(whole, "false").body("missing.size()", equalTo(0));
        String without =
                Pattern.compile("(?s)<item>\\s*<title>Shortcodes</title>.*?</item>")
                        .matcher(whole)
                        .replaceFirst("");

        importing(without, "false")
                .body("missing.guid", equalTo(java.util.List.of(GONE)))
                .body("missing[0].slug", equalTo("shortcodes"))
                .body("missing[0].unpublished", equalTo(false));
        anonymous().get("/api/v1/posts/slug/shortcodes").then().statusCode(200);

        asAdmin()
                .contentType("application/rss+xml")
                .body(without)
                .queryParam("prune", "true")
                .queryParam("dryRun", "true")
                .post("/api/v1/import")
                .then()
                .body("missing[0].unpublished", equalTo(true));
        anonymous().get("/api/v1/posts/slug/shortcodes").then().statusCode(200);

        importing(without, "true").body("missing[0].unpublished", equalTo(true));
        anonymous().get("/api/v1/posts/slug/shortcodes").then().statusCode(404);
        asAdmin()
                .queryParam("status", "draft")
                .get("/api/v1/posts")
                .then()
                .body("items.guid", hasItem(GONE));
        anonymous().get("/api/v1/posts").then().body("items.guid", not(hasItem(GONE)));

        importing(whole, "true").body("missing.size()", equalTo(0));
        anonymous().get("/api/v1/posts/slug/shortcodes").then().statusCode(200);
    }

    @Test
    void aMisspeltPruneFlagIsRefused() {
        asAdmin()
                .contentType("application/rss+xml")
                .body("<rss version=\"2.0\"><channel><title>t</title></channel></rss>")
                .queryParam("prune", "yes")
                .post("/api/v1/import")
                .then()
                .statusCode(400);
    }

    private static ValidatableResponse importing(String document, String prune) {
        return asAdmin()
                .contentType("application/rss+xml")
                .body(document)
                .queryParam("prune", prune)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("failed.size()", equalTo(0));
    }
}
