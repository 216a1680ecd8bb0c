package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real feed of the corpus, each imported into an empty blog as a blog moving here would:
 * never a 5xx, every item accounted for, a second import changes nothing, and what is served then
 * parses as a feed. Totals are printed at the end (bench/README.md keeps them).
 */
@QuarkusTest
@TestProfile(ImportProfiles.OldBlog.class)
class CorpusImportTest {

    private static final Map<String, Integer> TOTALS = new TreeMap<>();
    private static final Map<String, Integer> FAILURES = new TreeMap<>();
    private static final Map<String, Integer> WARNINGS = new TreeMap<>();
    private static final Map<String, Integer> UNKNOWN_AUTHORS = new TreeMap<>();
    private static long started;

    // Elements a reader sees that are more than text and images: what the sanitiser settles.
    private static final String SHOWING =
            "iframe, frame, frameset, script, noscript, svg, math, object, embed, applet, canvas,"
                    + " form, style, link, meta, template, video, audio";
    private static final Pattern SELF_CLOSED_SHOWING =
            Pattern.compile("<(iframe|script|video|audio|object|canvas|svg)(\\s[^<>]*?)?\\s*/>");
    private static final Pattern ABSOLUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static Map<String, List<FeedparserItems.SourceItem>> SOURCE = Map.of();

    @Inject EmptyBlog emptyBlog;

    @BeforeAll
    static void readSourcesWithFeedparser() throws Exception {
        SOURCE = FeedparserItems.of(CorpusFeeds.files().toList());
    }

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

        // Every item is a public post, except in a WordPress export (pages, drafts, scheduled).
        int inFeeds = anonymous().get("/api/v1/posts").then().extract().path("totalItems");
        if (!CorpusFeeds.isWordPressExport(document)) {
            assertEquals(created, inFeeds, file + ": every item is a public post");
        }
        for (String served : List.of("/feed.rss", "/feed.atom")) {
            byte[] body = anonymous().get(served).then().statusCode(200).extract().asByteArray();
            SyndFeed feed =
                    new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body), false));
            assertEquals(inFeeds, feed.getEntries().size(), file + " served as " + served);
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

        List<FeedparserItems.SourceItem> source = SOURCE.get(file.getFileName().toString());
        if (source != null) {
            oldPathsResolve(file, source);
            bodiesKeepWhatTheyShow(file, source, report);
        }
    }

    /**
     * Every item link a reader sees in the source finds its post again (class 2): the post of that
     * item, or of one of the items sharing the link.
     */
    private static void oldPathsResolve(Path file, List<FeedparserItems.SourceItem> source) {
        List<String> lost = new ArrayList<>();
        // The items published here (a WordPress export also holds attachments, menus and drafts,
        // which have no address to keep).
        Set<String> published =
                new HashSet<>(
                        asAdmin()
                                .get("/api/v1/export")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("posts.findAll { it.status == 'published' }.guid"));
        Map<String, Set<String>> itemsByPath = new LinkedHashMap<>();
        for (FeedparserItems.SourceItem item : source) {
            String path = item.link() == null ? null : pathOf(item.link());
            if (path != null && published.contains(guidOf(item))) {
                itemsByPath.computeIfAbsent(path, key -> new HashSet<>()).add(guidOf(item));
            }
        }
        itemsByPath.forEach(
                (path, guids) -> {
                    Response resolved = asAdmin().queryParam("path", path).get("/api/v1/resolve");
                    if (resolved.statusCode() != 200) {
                        lost.add(path + " (" + resolved.statusCode() + ")");
                    } else if (!guids.contains(resolved.jsonPath().getString("guid"))) {
                        lost.add(
                                path
                                        + " (another post: "
                                        + resolved.jsonPath().getString("guid")
                                        + ")");
                    }
                });
        add(TOTALS, "item paths resolved", itemsByPath.size() - lost.size());
        assertEquals(List.of(), lost, file + ": source item paths that do not resolve");
    }

    private static String guidOf(FeedparserItems.SourceItem item) {
        return item.id() != null ? item.id().strip() : item.link();
    }

    /**
     * Class 2 and 3 in the bodies: no link left relative, and every element that shows something
     * (an embed, a player, a script, a form) is either in the served body or named in the answer's
     * removed-markup warnings, counted against the source as feedparser reads it.
     */
    private static void bodiesKeepWhatTheyShow(
            Path file, List<FeedparserItems.SourceItem> source, JsonPath report) {
        Map<String, String> served = servedBodies();
        Map<String, Integer> reported = new HashMap<>();
        List<Map<String, Object>> warnings = report.getList("warnings");
        for (Map<String, Object> warning : warnings) {
            if ("removed-markup".equals(warning.get("kind"))) {
                reported.merge(
                        (String) warning.get("guid"),
                        ((List<?>) warning.get("removed")).size(),
                        Integer::sum);
            }
        }
        List<String> relative = new ArrayList<>();
        served.forEach(
                (guid, html) -> {
                    for (Element linked : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
                        String target =
                                linked.hasAttr("href") ? linked.attr("href") : linked.attr("src");
                        if (!target.isBlank()
                                && !target.startsWith("#")
                                && !ABSOLUTE.matcher(target).lookingAt()) {
                            relative.add(guid + ": " + target);
                        }
                    }
                });
        assertEquals(List.of(), relative, file + ": relative links left in served bodies");

        List<String> unaccounted = new ArrayList<>();
        int showing = 0;
        Set<String> seen = new HashSet<>();
        for (FeedparserItems.SourceItem item : source) {
            String guid = guidOf(item);
            if (guid == null || !seen.add(guid) || !served.containsKey(guid)) {
                continue;
            }
            int inSource = showingElements(item.body());
            int kept = showingElements(served.get(guid));
            int named = reported.getOrDefault(guid, 0);
            showing += inSource;
            if (inSource != kept + named) {
                unaccounted.add(
                        guid
                                + ": "
                                + inSource
                                + " in the source, "
                                + kept
                                + " kept, "
                                + named
                                + " reported");
            }
        }
        add(TOTALS, "showing elements in source bodies", showing);
        assertEquals(List.of(), unaccounted, file + ": elements neither kept nor reported");
    }

    /** Top-level elements that show something beyond text and images (nested ones go with them). */
    private static int showingElements(String html) {
        String closed =
                SELF_CLOSED_SHOWING.matcher(html == null ? "" : html).replaceAll("<$1$2></$1>");
        int count = 0;
        for (Element element : Jsoup.parseBodyFragment(closed).body().select(SHOWING)) {
            if (element.parents().stream().noneMatch(parent -> parent.is(SHOWING))) {
                count++;
            }
        }
        return count;
    }

    private static Map<String, String> servedBodies() {
        Map<String, String> bodies = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonPath list =
                    asAdmin()
                            .queryParam("size", 100)
                            .queryParam("page", page)
                            .get("/api/v1/posts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, String>> items = list.getList("items");
            items.forEach(post -> bodies.put(post.get("guid"), post.get("contentHtml")));
            if (page >= list.getInt("totalPages")) {
                return bodies;
            }
        }
    }

    private static String pathOf(String link) {
        try {
            URI uri = new URI(link);
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return null;
            }
            return uri.getRawQuery() == null
                    ? uri.getRawPath()
                    : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return link.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        }
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
