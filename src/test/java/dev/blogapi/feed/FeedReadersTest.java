package dev.blogapi.feed;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The feed readers are the judges: every feed of a test dataset is fetched from the running service
 * and read by xmllint, Debian's python3-feedparser and an independent npm reader, and what they
 * read must equal what the JSON API says. {@code .ci/run} installs the readers and sets
 * FEED_READERS_REQUIRED=true, so there a missing reader fails instead of skipping.
 */
@QuarkusTest
class FeedReadersTest {

    private static final Path READERS_DIR =
            Path.of(System.getenv().getOrDefault("FEED_READERS_DIR", "target/feed-readers"));

    @Inject ObjectMapper json;

    @Test
    void everyFeedReadsTheSameInRealReaders() throws Exception {
        requireReaders();
        String tools = TestCategories.create("reader-tools");
        String technique = TestCategories.create("reader-technique");
        String author = unique("Åsa Öberg");
        TestPosts.published("Sharpening chisels, and why I’ll never buy a jig")
                .by(author)
                .inCategories(tools, technique)
                .at(Instant.parse("2007-06-30T12:16:04Z"))
                .with(
                        "contentHtml",
                        "<p>I’ve tried &amp; returned <a href=\"/articles/guides?id=4&amp;lang=en\">two</a>"
                                + "\u0001.</p><pre>angle = 25 &lt; 30 &amp;&amp; burr &gt; 0\n</pre>")
                .create();
        TestPosts.published("Café tables — 日本語 🪵")
                .by(author)
                .inCategories(technique)
                .at(Instant.parse("2007-06-27T22:22:00Z"))
                .create();
        TestPosts.published("Moving house")
                .by(author)
                .inCategories(tools)
                .with("guid", "https://old.example.org/?p=" + unique("p"))
                .at(Instant.parse("2008-01-15T09:30:00Z"))
                .create();
        TestPosts.draft("reader-draft").by(author).inCategories(tools).create();
        TestPosts.scheduled("reader-scheduled").by(author).inCategories(tools).create();
        String authorSlug =
                anonymous()
                        .queryParam("category", tools)
                        .get("/api/v1/posts")
                        .path("items[0].author.slug");

        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("/categories/" + tools + "/feed", "category=" + tools);
        scopes.put("/categories/" + technique + "/feed", "category=" + technique);
        scopes.put("/authors/" + authorSlug + "/feed", "author=" + authorSlug);
        scopes.put("/feed", "");

        Path work = Files.createTempDirectory("feed-readers");
        Files.copy(
                Path.of("src/test/readers/node_check.mjs"),
                READERS_DIR.resolve("node_check.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        for (Map.Entry<String, String> scope : scopes.entrySet()) {
            Path expected = work.resolve("expected.json");
            Files.writeString(expected, json.writeValueAsString(expectedItems(scope.getValue())));
            for (String format : List.of("rss", "atom", "json")) {
                Path feed = work.resolve("feed." + format);
                Files.write(
                        feed,
                        given().get(scope.getKey() + "." + format)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray());
                String name = scope.getKey() + "." + format;
                if (!format.equals("json")) {
                    run(name, List.of("xmllint", "--noout", feed.toString()));
                }
                run(
                        name,
                        List.of(
                                "/usr/bin/python3",
                                "src/test/readers/feedparser_check.py",
                                feed.toString(),
                                expected.toString()));
                run(
                        name,
                        List.of(
                                "node",
                                READERS_DIR.resolve("node_check.mjs").toString(),
                                feed.toString(),
                                expected.toString(),
                                format));
            }
        }
    }

    /** What the JSON API says a scope's feed holds, in the shape the reader scripts compare. */
    private List<Map<String, Object>> expectedItems(String query) {
        String url = "/api/v1/posts?size=20" + (query.isEmpty() ? "" : "&" + query);
        List<Map<String, Object>> posts =
                anonymous().get(url).then().statusCode(200).extract().path("items");
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Map<String, Object> post : posts) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", post.get("title"));
            item.put("url", post.get("url"));
            item.put("guid", post.get("guid"));
            item.put("published", Instant.parse((String) post.get("publishedAt")).getEpochSecond());
            item.put("author", ((Map<?, ?>) post.get("author")).get("name"));
            item.put(
                    "categories",
                    ((List<?>) post.get("categories"))
                            .stream().map(c -> ((Map<?, ?>) c).get("name")).toList());
            expected.add(item);
        }
        return expected;
    }

    private static void run(String feed, List<String> command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertEquals(
                0,
                finished ? process.exitValue() : -1,
                feed
                        + " read by "
                        + command.get(0)
                        + " "
                        + (command.size() > 1 ? command.get(1) : "")
                        + ":\n"
                        + output);
    }

    private static void requireReaders() {
        boolean present =
                onPath("xmllint")
                        && onPath("node")
                        && Files.isExecutable(Path.of("/usr/bin/python3"))
                        && hasFeedparser()
                        && Files.isDirectory(READERS_DIR.resolve("node_modules/rss-parser"))
                        && Files.isDirectory(
                                READERS_DIR.resolve("node_modules/@extractus/feed-extractor"));
        String hint =
                "feed readers missing: apt-get install python3-feedparser libxml2-utils nodejs npm; "
                        + "npm install --prefix "
                        + READERS_DIR
                        + " rss-parser @extractus/feed-extractor";
        if ("true".equals(System.getenv("FEED_READERS_REQUIRED"))) {
            Assertions.assertTrue(present, hint);
        }
        Assumptions.assumeTrue(present, hint);
    }

    private static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static boolean hasFeedparser() {
        try {
            return new ProcessBuilder("/usr/bin/python3", "-c", "import feedparser")
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
