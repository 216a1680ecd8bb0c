package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar under the image's own JVM options (128 MiB heap): 10,000 anonymous reads of
 * 100-post pages, most with a fresh junk parameter, some at distinct sizes and pages, neither fail
 * nor exhaust the heap, because the response cache is bounded by bytes and keyed on the canonical
 * request. Before, it kept 4,096 answers whatever their size and ran out of heap within ~300.
 */
class CacheMemoryIT {

    // As in deploy/Dockerfile and deploy/k8s/base/deployment.yaml.
    static final List<String> IMAGE_JVM_OPTIONS =
            List.of(
                    "-Xmx128m",
                    "-XX:+UseSerialGC",
                    "-XX:MaxMetaspaceSize=128m",
                    "-XX:ReservedCodeCacheSize=64m",
                    "-Xss512k",
                    "-XX:MaxDirectMemorySize=64m",
                    "-XX:+ExitOnOutOfMemoryError");
    private static final long HEAP = 128L * 1024 * 1024;

    private static PackagedService service;

    @BeforeAll
    static void startWithAThousandOrdinaryPosts() throws Exception {
        service =
                PackagedService.launch(
                                "cache-memory",
                                Map.of(
                                        "BLOG_DATA_DIR",
                                        Files.createTempDirectory("blog-cache-memory").toString()),
                                IMAGE_JVM_OPTIONS)
                        .awaitReady();
        HttpResponse<String> imported =
                service.send(
                        service.asAdmin("/api/v1/import")
                                .timeout(Duration.ofMinutes(3))
                                .header("Content-Type", "application/rss+xml")
                                .POST(HttpRequest.BodyPublishers.ofString(feedOf(1_000))));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"created\":1000"), imported.body());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.process().destroy();
            service.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void tenThousandJunkParameterReadsNeitherFailNorExhaustTheHeap() throws Exception {
        int serverErrors = 0;
        for (int i = 0; i < 10_000; i++) {
            // Nine in ten: a fresh junk parameter on one of ten pages; one in ten a distinct list.
            String path =
                    i % 10 != 0
                            ? "/api/v1/posts?size=100&page=" + (1 + i % 10) + "&v=" + i
                            : "/api/v1/posts?size="
                                    + (60 + (i / 10) % 41)
                                    + "&page="
                                    + (1 + (i / 410) % 10);
            int status = service.send(service.request(path).GET()).statusCode();
            if (status >= 500) {
                serverErrors++;
            }
        }
        assertEquals(0, serverErrors, "5xx answers");
        assertTrue(service.process().isAlive(), "the service is alive");
        String log = Files.readString(service.log());
        assertFalse(log.contains("OutOfMemoryError"), "no OutOfMemoryError in the log");

        String metrics = service.send(service.request("/q/metrics").GET()).body();
        double cached = metric(metrics, "blog_cache_bytes");
        double bound = metric(metrics, "blog_cache_max_bytes");
        assertEquals(HEAP / 8, bound, HEAP / 64.0, "the default bound is an eighth of the heap");
        assertTrue(cached <= bound, "the cache holds " + cached + " of " + bound + " bytes");
        double live = metric(metrics, "jvm_gc_live_data_size_bytes");
        assertTrue(live < HEAP * 0.75, "live heap after the last collection: " + live);
    }

    private static double metric(String exposition, String name) {
        Matcher line =
                Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$")
                        .matcher(exposition);
        assertTrue(line.find(), name + " is exposed");
        return Double.parseDouble(line.group(2));
    }

    /** An RSS feed of ordinary posts, about 4 KB of body each. */
    private static String feedOf(int items) {
        StringBuilder feed =
                new StringBuilder(
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Memory</title>"
                                + "<link>https://memory.example</link><description>d</description>");
        String paragraph =
                "<p>"
                        + "Reclaimed oak tables, planed by hand and oiled twice. ".repeat(12)
                        + "</p>";
        for (int i = 0; i < items; i++) {
            feed.append("<item><title>Post ")
                    .append(i)
                    .append("</title><link>https://memory.example/posts/")
                    .append(i)
                    .append("</link><guid>urn:memory:")
                    .append(i)
                    .append("</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate>")
                    .append("<description><![CDATA[")
                    .append(paragraph.repeat(6))
                    .append("]]></description></item>");
        }
        return feed.append("</channel></rss>").toString();
    }
}
