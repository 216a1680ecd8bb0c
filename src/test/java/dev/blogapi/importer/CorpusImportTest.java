package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real feed of the corpus, each imported into an empty blog as a blog moving here would:
 * never a 5xx, every item accounted for, a second import changes nothing, and what is served then
 * parses as a feed. Totals are printed at the end (bench/README.md keeps them).
 */
@QuarkusTest
@TestProfile(CorpusImportTest.WholeFeeds.class)
class CorpusImportTest {

    public static class WholeFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.feed-size", "5000");
        }
    }

    private static final Map<String, Integer> TOTALS = new TreeMap<>();
    private static final Map<String, Integer> FAILURES = new TreeMap<>();
    private static final Map<String, Integer> WARNINGS = new TreeMap<>();
    private static final Map<String, Integer> UNKNOWN_AUTHORS = new TreeMap<>();
    private static long started;

    @Inject EmptyBlog emptyBlog;

    static Stream<Path> corpus() throws Exception {
        return CorpusFeeds.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importsFaithfully(Path file) throws Exception {
        if (started == 0) {
            started = System.nanoTime();
        }
        String label = CorpusFeeds.labels().get(file.getFileName().toString());
        byte[] document = Files.readAllBytes(file);
        int items = CorpusFeeds.itemsIn(document);
        emptyBlog.now();

        Response first = importFeed(file, document);
        assertTrue(first.statusCode() < 500, file + " answered " + first.statusCode());
        if (CorpusFeeds.REFUSED_LABELS.contains(label)) {
            assertTrue(first.statusCode() >= 400, file + " is " + label + " and must be refused");
            assertEquals("application/problem+json", first.contentType());
            add(TOTALS, "files refused", 1);
            return;
        }
        assertEquals(200, first.statusCode(), file + ": " + first.asString());
        JsonPath report = first.jsonPath();
        int created = report.getInt("created");
        List<String> reasons = report.getList("failed.reason", String.class);
        int skipped =
                report.getList("skipped.count", Integer.class).stream().mapToInt(n -> n).sum();
        assertEquals(
                items,
                created
                        + report.getInt("updated")
                        + report.getInt("unchanged")
                        + reasons.size()
                        + skipped,
                file + ": every item is created, failed or skipped");
        add(TOTALS, "files imported", 1);
        add(TOTALS, "items", items);
        add(TOTALS, "items created", created);
        add(TOTALS, "items failed", reasons.size());
        add(TOTALS, "items skipped", skipped);
        reasons.forEach(reason -> add(FAILURES, reason + " (" + file.getFileName() + ")", 1));
        report.getList("warnings.kind", String.class).forEach(kind -> add(WARNINGS, kind, 1));

        JsonPath again = importFeed(file, document).then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("created"), file + ": nothing new the second time");
        assertEquals(0, again.getInt("updated"), file + ": nothing changed the second time");
        assertEquals(created, again.getInt("unchanged"), file.toString());

        for (String served : List.of("/feed.rss", "/feed.atom")) {
            byte[] body = anonymous().get(served).then().statusCode(200).extract().asByteArray();
            SyndFeed feed =
                    new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body), false));
            assertEquals(created, feed.getEntries().size(), file + " served as " + served);
            if (served.equals("/feed.atom")) {
                long unknown =
                        feed.getEntries().stream()
                                .filter(entry -> "Unknown author".equals(entry.getAuthor()))
                                .count();
                if (unknown > 0) {
                    add(UNKNOWN_AUTHORS, file.getFileName().toString(), (int) unknown);
                }
            }
        }
        anonymous().get("/feed.json").then().statusCode(200);
    }

    @AfterAll
    static void printTotals() {
        TOTALS.put("seconds", (int) ((System.nanoTime() - started) / 1_000_000_000L));
        System.out.println("Corpus import totals: " + TOTALS);
        FAILURES.forEach(
                (reason, count) -> System.out.println("  failed: " + count + " " + reason));
        WARNINGS.forEach((kind, count) -> System.out.println("  warnings: " + count + " " + kind));
        UNKNOWN_AUTHORS.forEach(
                (file, count) ->
                        System.out.println("  by the default author: " + count + " in " + file));
    }

    private static Response importFeed(Path file, byte[] document) {
        return asAdmin()
                .contentType(CorpusFeeds.mediaTypeOf(file))
                .body(document)
                .post("/api/v1/import");
    }

    private static void add(Map<String, Integer> counts, String key, int by) {
        counts.merge(key, by, Integer::sum);
    }
}
