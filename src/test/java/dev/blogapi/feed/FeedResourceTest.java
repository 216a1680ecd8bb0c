package dev.blogapi.feed;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.common.time.TestClock;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedResourceTest {

    @Inject TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static final Map<String, String> TYPES =
            Map.of(
                    "rss", "application/rss+xml; charset=UTF-8",
                    "atom", "application/atom+xml; charset=UTF-8",
                    "json", "application/feed+json; charset=UTF-8");

    @Test
    void servesEachFormatWithItsTypeCachingHeadersAndWhateverAcceptSays() {
        String category = TestCategories.create("feed-types");
        TestPosts.published("typed").inCategories(category).create();
        TYPES.forEach(
                (format, type) -> {
                    for (String accept :
                            List.of(
                                    "*/*",
                                    "application/rss+xml",
                                    "application/json",
                                    "text/html")) {
                        given().accept(accept)
                                .get("/categories/{slug}/feed.{format}", category, format)
                                .then()
                                .statusCode(200)
                                .header("Content-Type", equalTo(type))
                                .header("ETag", notNullValue())
                                .header("Last-Modified", notNullValue())
                                .header("Cache-Control", equalTo("public, max-age=2400"));
                    }
                    given().head("/feed." + format)
                            .then()
                            .statusCode(200)
                            .header("ETag", notNullValue());
                });
    }

    @Test
    void answersConditionalRequestsWith304() {
        String category = TestCategories.create("feed-304");
        TestPosts.published("conditional").inCategories(category).create();
        for (String format : TYPES.keySet()) {
            var first = given().get("/categories/{slug}/feed.{format}", category, format);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            given().header("If-None-Match", etag)
                    .get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(304)
                    .body(emptyString())
                    .header("ETag", equalTo(etag));
            given().header("If-Modified-Since", lastModified)
                    .get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(304);
            given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")
                    .get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(200);
            given().header("If-None-Match", "\"stale\"")
                    .header("If-Modified-Since", lastModified)
                    .get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void carriesTheContractsRssFieldsInThePostsCategoryOrder() {
        String tools = TestCategories.create("tools");
        String technique = TestCategories.create("technique");
        var post =
                TestPosts.published("rss-fields")
                        .inCategories(technique, tools)
                        .by("Ada Lindqvist")
                        .at(Instant.parse("2007-06-30T12:16:04Z"))
                        .with("guid", "urn:uuid:" + UUID.randomUUID())
                        .with(
                                "contentHtml",
                                "<p>I’ve tried &amp; <a href=\"/articles/x\">this</a>\u0001</p><pre>a &lt; b</pre>")
                        .create();
        String body =
                given().get("/categories/{slug}/feed.rss", tools)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        XmlPath rss = new XmlPath(body);
        Assertions.assertTrue(body.contains("<link>https://blog.test/</link>"), body);
        Assertions.assertEquals("en-us", rss.getString("rss.channel.language"));
        Assertions.assertEquals("40", rss.getString("rss.channel.ttl"));
        Assertions.assertEquals("blog-api", rss.getString("rss.channel.generator"));
        Assertions.assertEquals(post.getString("title"), rss.getString("rss.channel.item.title"));
        Assertions.assertEquals(post.getString("url"), rss.getString("rss.channel.item.link"));
        Assertions.assertEquals(
                "Sat, 30 Jun 2007 12:16:04 +0000", rss.getString("rss.channel.item.pubDate"));
        Assertions.assertEquals(post.getString("guid"), rss.getString("rss.channel.item.guid"));
        Assertions.assertEquals("false", rss.getString("rss.channel.item.guid.@isPermaLink"));
        Assertions.assertEquals("Ada Lindqvist", rss.getString("rss.channel.item.author"));
        Assertions.assertEquals(
                List.of(nameOf(technique), nameOf(tools)),
                rss.getList("rss.channel.item.category"));
        Assertions.assertEquals(
                "<p>I’ve tried &amp; <a href=\"https://blog.test/articles/x\">this</a></p><pre>a &lt; b</pre>",
                rss.getString("rss.channel.item.description"));
        Assertions.assertTrue(
                body.contains(
                        "<atom:link href=\"https://blog.test/categories/"
                                + tools
                                + "/feed.rss\" rel=\"self\""),
                body);
        Assertions.assertFalse(body.contains("&amp;amp;amp;"), "escaped once");
    }

    @Test
    void leavesOutDraftsAndScheduledPostsUntilTheirTime() {
        String category = TestCategories.create("feed-visibility");
        TestPosts.draft("feed-draft").inCategories(category).create();
        TestPosts.scheduled("feed-later").inCategories(category).create();
        // Far enough ahead that, once the clock is put back, it stays scheduled for every later
        // test.
        Instant soon = clock.instant().plus(Duration.ofMinutes(10));
        String title =
                TestPosts.published("feed-soon")
                        .at(soon)
                        .inCategories(category)
                        .create()
                        .getString("title");
        for (String format : TYPES.keySet()) {
            given().get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(200)
                    .body(not(containsString("feed-draft")))
                    .body(not(containsString("feed-later")))
                    .body(not(containsString(title)));
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        for (String format : TYPES.keySet()) {
            given().get("/categories/{slug}/feed.{format}", category, format)
                    .then()
                    .statusCode(200)
                    .body(containsString(title))
                    .body(not(containsString("feed-draft")));
        }
    }

    @Test
    void servesAnEmptyCategoryAsAValidEmptyFeedAndUnknownOnesAs404() {
        String empty = TestCategories.create("empty");
        given().get("/categories/{slug}/feed.rss", empty)
                .then()
                .statusCode(200)
                .body(not(containsString("<item>")));
        given().get("/categories/{slug}/feed.json", empty)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        for (String path :
                List.of(
                        "/categories/no-such-category/feed.rss",
                        "/authors/no-such-author/feed.atom")) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:blog-api:problem:not-found"));
        }
    }

    @Test
    void servesAnAuthorsFeed() {
        String author = unique("Feed Author");
        String slug = TestPosts.published("by-author").by(author).create().getString("author.slug");
        given().get("/authors/{slug}/feed.json", slug)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].authors[0].name", equalTo(author));
    }

    @Test
    void describesTheSiteForFrontEnds() {
        anonymous()
                .get("/api/v1/site")
                .then()
                .statusCode(200)
                .body("title", equalTo("Test Blog"))
                .body("language", equalTo("en-us"))
                .body("baseUrl", equalTo("https://blog.test"))
                .body("feeds.rss", equalTo("https://blog.test/feed.rss"))
                .body("feeds.atom", equalTo("https://blog.test/feed.atom"))
                .body("feeds.json", equalTo("https://blog.test/feed.json"));
    }

    private static String nameOf(String categorySlug) {
        return asAdmin().get("/api/v1/categories/{slug}", categorySlug).path("name");
    }
}
