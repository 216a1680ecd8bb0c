package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AtomRoundTripTest.AtomBlogBase.class)
class AtomRoundTripTest {

    public static class AtomBlogBase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "blog.base-url", "http://notes.example.org/new", "blog.feed-size", "5000");
        }
    }

    @Test
    void importsAnAtomFeedAndServesTheSameItemsAsRss() throws IOException {
        String atom = TypoRoundTripTest.sample("atom-export.xml");
        asAdmin()
                .contentType("application/atom+xml")
                .body(atom.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("failed.size()", equalTo(0));

        String served = anonymous().get("/feed.rss").then().statusCode(200).extract().asString();
        FeedComparison.assertSameItems(FeedComparison.parse(atom), FeedComparison.parse(served));

        anonymous()
                .queryParam("path", "/new/2008/02/dovetails-by-hand")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("title", equalTo("Dovetails by hand & by router"))
                .body("excerpt", equalTo("Two ways to cut the same joint."))
                .body("publishedAt", equalTo("2008-02-01T07:15:00Z"))
                .body("categories.name", equalTo(List.of("Technique", "Tools")));
        asAdmin()
                .contentType("application/atom+xml")
                .body(atom.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(3));
    }
}
