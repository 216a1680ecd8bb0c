package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The blog this service replaces, moved in and served back: guids, dates, categories, authors and
 * links survive.
 */
@QuarkusTest
@TestProfile(ImportProfiles.OldBlog.class)
class TypoRoundTripTest {

    static String sample(String name) throws IOException {
        try (InputStream in = TypoRoundTripTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importsTheOldFeedAndServesItBackUnchangedThenChangesNothingOnASecondImport()
            throws IOException {
        String typo = sample("typo-export.rss");
        importFeed(typo)
                .then()
                .statusCode(200)
                .body("created", equalTo(8))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("failed.size()", equalTo(0));

        String served = anonymous().get("/feed.rss").then().statusCode(200).extract().asString();
        FeedComparison.assertSameItems(FeedComparison.parse(typo), FeedComparison.parse(served));

        keepsOldAddressesAndGivesSameTitledPostsDistinctSlugs();

        importFeed(typo)
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(8));

        String edited =
                typo.replace(
                        "First of two posts with the same title.",
                        "First of two posts, now edited.");
        importFeed(edited)
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(7));
        anonymous()
                .queryParam("path", "/articles/2007/05/25/glue-ups")
                .get("/api/v1/resolve")
                .then()
                .body("contentHtml", equalTo("<p>First of two posts, now edited.</p>"));
    }

    // Part of the scenario above: the samples' guids are fixed, so one test owns the imported data.
    private void keepsOldAddressesAndGivesSameTitledPostsDistinctSlugs() {
        String first =
                anonymous()
                        .queryParam("path", "/articles/2007/05/25/glue-ups")
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("slug");
        String second =
                anonymous()
                        .queryParam("path", "/blog/articles/2007/05/13/glue-ups")
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .header("Content-Location", equalTo("/articles/2007/05/13/glue-ups"))
                        .body(
                                "url",
                                equalTo(
                                        "http://notes.example.org/blog/articles/2007/05/13/glue-ups"))
                        .extract()
                        .path("slug");
        assertNotEquals(first, second);
        anonymous()
                .queryParam("path", "/articles/2007/05/13/glue-ups")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("slug", equalTo(second));

        anonymous()
                .queryParam("path", "/articles/2007/04/09/no-guid-no-author")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body(
                        "guid",
                        equalTo(
                                "http://notes.example.org/blog/articles/2007/04/09/no-guid-no-author"))
                .body("author.name", equalTo("Unknown author"));
        String script =
                anonymous()
                        .queryParam("path", "/articles/2007/05/13/a-post-with-a-script-in-it")
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("contentHtml");
        assertEquals(
                "<p>Harmless text.</p><p><a>link</a> and <img src=\"http://img.example.org/a.png\" alt=\"a plane\"></p>",
                script);
    }

    static Response importFeed(String xml) {
        return asAdmin()
                .contentType("application/rss+xml; charset=UTF-8")
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import");
    }
}
