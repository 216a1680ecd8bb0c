package dev.blogapi.common.metrics;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    @Test
    void exposesHttpMetricsAndTheServicesOwnCountersForPrometheus() {
        String id = TestPosts.published("metrics").create().getString("id");
        String etag = anonymous().get("/api/v1/posts/{id}", id).header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(304);
        String feedEtag = given().get("/feed.atom").header("ETag");
        given().header("If-None-Match", feedEtag).get("/feed.atom").then().statusCode(304);
        String rss =
                "<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link><description>d</description>"
                        + "<item><title>Metered</title><pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate><guid>"
                        + unique("urn:metrics")
                        + "</guid></item></channel></rss>";
        asAdmin()
                .contentType("application/rss+xml")
                .body(rss.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200);

        given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("blog_posts_written_total{operation=\"create\""))
                .body(containsString("blog_feed_renders_total{format=\"atom\""))
                .body(containsString("blog_cache_hits_total{kind=\"json\""))
                .body(containsString("blog_cache_hits_total{kind=\"feed\""))
                .body(containsString("blog_import_requests_total{source=\"feed\""))
                .body(containsString("blog_import_items_total{outcome=\"created\""));
    }

    @Test
    void randomPathsDoNotGrowTheRequestMetrics() {
        // Other tests' requests add series too; what must stay bounded is what random paths add.
        int before = requestSeries().size();
        Random random = new Random(20261125);
        String[] shapes = {
            "/api/v1/categories/%s%%00",
            "/authors/%s/feed.atom",
            "/api/v1/posts/%s",
            "/no/such/%s",
            "/api/v1/tags/%s",
            "/categories/%s/feed.rss"
        };
        for (int i = 0; i < 1000; i++) {
            String path =
                    String.format(shapes[i % shapes.length], Long.toHexString(random.nextLong()));
            given().accept(i % 2 == 0 ? "application/json" : "image/png").get(path);
            given().delete(path);
        }
        List<String> series = requestSeries();
        assertTrue(
                series.size() - before < 40,
                (series.size() - before) + " new series:\n" + String.join("\n", series));
        List<String> raw =
                series.stream().filter(l -> l.matches(".*uri=\"[^\"]*[0-9a-f]{12,}.*")).toList();
        assertTrue(raw.isEmpty(), "a raw path became a metric label: " + raw);
        assertTrue(
                series.stream().anyMatch(l -> l.contains("uri=\"/UNMATCHED\"")),
                "unmatched requests share one label: " + String.join("\n", series));
    }

    private static List<String> requestSeries() {
        return given().accept("text/plain")
                .get("/q/metrics")
                .asString()
                .lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .toList();
    }

    @Test
    void reportsLivenessAndReadiness() {
        given().get("/q/health/live").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("Database connections health check"));
    }
}
