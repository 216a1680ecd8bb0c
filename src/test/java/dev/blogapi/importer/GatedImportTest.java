package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.blogapi.Api;
import dev.blogapi.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gated posts stay gated when a blog moves: Ghost's visibility (members, paid, tiers) and its
 * members-only marker, WordPress's post passwords; the report counts them, feeds and excerpts keep
 * the gated part out, and a re-import is unchanged.
 */
@QuarkusTest
class GatedImportTest {

    @Test
    void ghostMembersPaidAndTiersPostsStayGated() {
        String id = Api.unique("g").replace("-", "");
        String members = "members-" + id;
        String paid = "paid-" + id;
        String tiers = "tiers-" + id;
        String ghost =
                """
                {"db": [{"meta": {"version": "5.75.0"}, "data": {
                  "posts": [
                    %s,
                    %s,
                    %s
                  ],
                  "users": [{"id": "u1", "name": "Ghost Writer %s", "slug": "gw"}],
                  "posts_authors": [],
                  "tags": [], "posts_tags": []
                }}]}
                """
                        .formatted(
                                ghostPost(
                                        members,
                                        "members",
                                        "<p>Free teaser.</p><!--members-only--><p>Only for members zqmembers%s.</p>"
                                                .formatted(id)),
                                ghostPost(paid, "paid", "<p>All paid zqpaid%s.</p>".formatted(id)),
                                ghostPost(tiers, "tiers", "<p>Tier zqtiers%s.</p>".formatted(id)),
                                id);
        for (int run = 0; run < 2; run++) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(ghost)
                    .post("/api/v1/import/ghost")
                    .then()
                    .statusCode(200)
                    .body(run == 0 ? "created" : "unchanged", equalTo(3))
                    .body("gated.members", equalTo(1))
                    .body("gated.paid", equalTo(2))
                    .body("gated.password", equalTo(0));
        }
        anonymous()
                .get("/api/v1/posts/slug/" + members)
                .then()
                .body("visibility", equalTo("members"))
                .body("gated", equalTo(true))
                .body("contentHtml", equalTo("<p>Free teaser.</p>"))
                .body("excerpt", equalTo("Free teaser."));
        anonymous()
                .get("/api/v1/posts/slug/" + tiers)
                .then()
                .body("visibility", equalTo("paid"))
                .body("contentHtml", emptyString())
                .body("excerpt", emptyString());
        String reader = TestTokens.reader();
        as(reader)
                .get("/api/v1/posts/slug/" + members)
                .then()
                .body("contentHtml", containsString("zqmembers" + id));
        String feed = anonymous().accept("*/*").get("/feed.rss").asString();
        for (String secret : List.of("zqmembers", "zqpaid", "zqtiers")) {
            assertFalse(feed.contains(secret + id), secret + " in the feed");
            assertFalse(anonymous().get("/api/v1/posts?size=100").asString().contains(secret + id));
        }
    }

    private static String ghostPost(String slug, String visibility, String html) {
        return """
               {"id": "%s", "uuid": "%s", "title": "Gated %s", "slug": "%s", "html": %s,
                "type": "post", "status": "published", "visibility": "%s",
                "published_at": "2024-01-02T10:00:00.000Z", "author_id": "u1"}
               """
                .formatted(
                        slug,
                        slug,
                        visibility,
                        slug,
                        "\"" + html.replace("\"", "\\\"") + "\"",
                        visibility);
    }

    @Test
    void wordPressPasswordProtectedItemsAreLockedWithTheirOwnPassword() {
        String id = Api.unique("w").replace("-", "");
        String wxr =
                """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Locked</title><link>http://locked.example</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><title>Locked %1$s</title><link>http://locked.example/locked-%1$s/</link>
                  <dc:creator>ada</dc:creator><guid isPermaLink="false">http://locked.example/?p=%1$s</guid>
                  <content:encoded><![CDATA[The hidden zqlocked%1$s words.]]></content:encoded>
                  <excerpt:encoded><![CDATA[An excerpt zqexcerpt%1$s.]]></excerpt:encoded>
                  <wp:post_id>77</wp:post_id><wp:post_date_gmt>2024-01-02 10:00:00</wp:post_date_gmt>
                  <wp:post_name>locked-%1$s</wp:post_name><wp:status>publish</wp:status>
                  <wp:post_type>post</wp:post_type><wp:post_password><![CDATA[enter]]></wp:post_password>
                </item></channel></rss>
                """
                        .formatted(id);
        for (int run = 0; run < 2; run++) {
            asAdmin()
                    .contentType("application/rss+xml")
                    .body(wxr)
                    .post("/api/v1/import")
                    .then()
                    .statusCode(200)
                    .body(run == 0 ? "created" : "unchanged", equalTo(1))
                    .body("gated.password", equalTo(1));
        }
        String slug = "locked-" + id;
        anonymous()
                .get("/api/v1/posts/slug/" + slug)
                .then()
                .body("visibility", equalTo("password"))
                .body("gated", equalTo(true))
                .body("contentHtml", emptyString())
                .body("excerpt", emptyString());
        anonymous()
                .header("X-Post-Password", "enter")
                .get("/api/v1/posts/slug/" + slug)
                .then()
                .body("contentHtml", containsString("zqlocked" + id));
        String everywhere =
                anonymous().accept("*/*").get("/feed.rss").asString()
                        + anonymous().accept("*/*").get("/feed.json").asString()
                        + anonymous().get("/api/v1/posts?size=100").asString()
                        + anonymous().get("/api/v1/posts?q=zqlocked" + id).asString();
        assertFalse(everywhere.contains("zqlocked" + id));
        assertFalse(everywhere.contains("zqexcerpt" + id));
        asAdmin().get("/api/v1/export").then().body(not(containsString("<![CDATA[enter]]>")));
    }
}
