package dev.blogapi.importer;

import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The corpus files that showed each class of defect issue 14 names, imported into an empty blog and
 * read back through the API.
 */
@QuarkusTest
class CorpusClassesTest {

    @Inject EmptyBlog emptyBlog;

    @Test
    void anAtomEntryWithoutAnAuthorHasTheFeedsAndAnAddressGivesItsName() throws Exception {
        importCorpus("nnw-fvsch-root-author.atom").body("failed.size()", equalTo(0));
        assertTrue(
                posts().stream().allMatch(p -> authorOf(p).equals("Florens Verschelde")),
                "every entry is the feed author's");

        importCorpus("blog-hugo-chenqiqian.rss");
        assertTrue(posts().stream().allMatch(p -> authorOf(p).equals("cqqqwq")));

        importCorpus("nnw-googlecloudblog.rss");
        assertTrue(
                posts().stream().anyMatch(p -> authorOf(p).equals("Diane Chaleff")),
                "an RSS author holding an Atom-style name element");
        importCorpus("nnw-omnishow-podcast.rss");
        assertTrue(
                posts().stream().noneMatch(p -> authorOf(p).equals("Unknown author")),
                "a podcast's iTunes author");
    }

    @Test
    void aForbiddenCharacterIsDroppedAndReportedRatherThanRefusingTheBlog() throws Exception {
        importCorpus("blog-hugo-chenqiqian.rss")
                .body("failed.size()", equalTo(0))
                .body("warnings.kind", hasItem("forbidden-characters"))
                .body(
                        "warnings.find { it.kind == 'forbidden-characters' }.detail",
                        containsString("dropped"));
        assertTrue(posts().stream().noneMatch(p -> String.valueOf(p.get("title")).contains("\b")));
    }

    @Test
    void readsTheDatesFeedReadersRead() throws Exception {
        importCorpus("rp-uol-latin1-nodecl.rss").body("failed.size()", equalTo(0));
        assertTrue(
                posts().stream().anyMatch(p -> p.get("publishedAt").equals("2018-09-24T22:42:40Z")),
                "Seg, 24 Set 2018 19:42:40 -0300");

        importCorpus("nnw-dvbbs-kc0011-gb2312.rss").body("failed.size()", equalTo(0));
        assertTrue(
                posts().stream().anyMatch(p -> p.get("publishedAt").equals("2020-01-10T14:33:00Z")),
                "2020/1/10 14:33:00");

        importCorpus("nfp-norfolk-odddatetime.rss").body("failed.size()", equalTo(0));
        assertTrue(
                posts().stream().allMatch(p -> p.get("publishedAt").equals("2013-02-08T12:00:00Z")),
                "08/02/2013 12:00:00 in a British feed: 8 February");
    }

    @Test
    void anItemWithNoDateIsImportedFlaggedAndLeftAloneTheSecondTime() throws Exception {
        JsonPath report =
                importCorpus("sp-utf16le-nodate.rss")
                        .body("failed.size()", equalTo(0))
                        .extract()
                        .jsonPath();
        int created = report.getInt("created");
        assertTrue(created > 0);
        assertEquals(created, report.getList("warnings.findAll { it.kind == 'undated' }").size());
        importAgain("sp-utf16le-nodate.rss").body("unchanged", equalTo(created));
    }

    @Test
    void sevenHundredThirtyItemsWithOneSlugGetDistinctOnes() throws Exception {
        importCorpus("rp-giantbomb-podcast.rss").body("created", equalTo(730));
        List<Map<String, Object>> posts = posts();
        assertEquals(730, new HashSet<>(posts.stream().map(p -> p.get("slug")).toList()).size());
        assertTrue(
                posts.stream()
                                .filter(
                                        p ->
                                                String.valueOf(p.get("slug"))
                                                        .matches("free-podcast(-\\d+)?"))
                                .count()
                        > 700,
                "the links all end in /free-podcast");
    }

    @Test
    void titlesAreTextAndAMissingTitleIsFlagged() throws Exception {
        importCorpus("nnw-livemint.rss").body("failed.size()", equalTo(0));
        List<String> titles = titles();
        assertTrue(titles.stream().anyMatch(t -> t.contains("₹4,000 crore")), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("<span")), titles.toString());

        importCorpus("rp-craigslist.rdf").body("failed.size()", equalTo(0));
        titles = titles();
        assertTrue(
                titles.stream().anyMatch(t -> t.contains("$4300 3bd 1930ft2")), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("&#x") || t.contains("<sup>")));

        JsonPath untitled =
                importCorpus("nnw-oldschool-scriptingnews.rss")
                        .body("failed.size()", equalTo(0))
                        .extract()
                        .jsonPath();
        int flagged = untitled.getList("warnings.findAll { it.kind == 'untitled' }").size();
        assertTrue(flagged >= 30, "most Scripting News items have no title: " + flagged);
    }

    @Test
    void categoriesOfALegacyEncodingAndADefaultNamespaceAreKept() throws Exception {
        importCorpus("nfp-iconv-windows-1251.rss").body("failed.size()", equalTo(0));
        List<Object> names =
                posts().stream()
                        .flatMap(p -> ((List<?>) p.get("categories")).stream())
                        .map(c -> ((Map<?, ?>) c).get("name"))
                        .map(Object.class::cast)
                        .toList();
        assertTrue(names.contains("Раздел Новости/"), names.toString());
    }

    @Test
    void relativeLinksFollowTheEntrysXmlBaseThenItsLinkThenTheFeeds() throws Exception {
        importCorpus("nfp-ongoing-tbray.atom").body("failed.size()", equalTo(0));
        asAdmin()
                .queryParam("path", "/ongoing/When/200x/2006/12/12/Java-One-CFP")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("title", equalTo("Get Those J1 Papers In"));
        List<String> bodies =
                posts().stream().map(p -> String.valueOf(p.get("contentHtml"))).toList();
        assertTrue(
                bodies.stream()
                        .anyMatch(
                                b ->
                                        b.matches(
                                                "(?s).*src=\"http://www\\.tbray\\.org/ongoing/When/"
                                                        + "[^\"]*/Mingus-playing\\.png\".*")),
                "an image beside its entry, not beside this blog");
        assertTrue(bodies.stream().noneMatch(b -> b.contains("src=\"Mingus")));
        assertTrue(
                bodies.stream().noneMatch(b -> b.contains("href=\"/ongoing/")),
                "root-relative links point to the old site");
    }

    @Test
    void playersStayOtherEmbedsBecomeLinksAndASelfClosedIframeSwallowsNothing() throws Exception {
        importCorpus("nnw-blogger-4fsodonline.atom").body("failed.size()", equalTo(0));
        List<String> bodies = bodies();
        assertTrue(
                bodies.stream().anyMatch(b -> b.contains("*4FSOD*")),
                "the text after a self-closed <iframe/> is kept");
        assertTrue(
                bodies.stream().anyMatch(b -> b.contains("src=\"https://www.blogger.com/video.g")));

        importCorpus("nnw-squarespace-katiefloyd.rss").body("failed.size()", equalTo(0));
        assertTrue(
                bodies().stream()
                        .anyMatch(b -> b.contains("<iframe") && b.contains("youtube.com/embed")));

        importCorpus("nnw-wordpress-natasha.rss").body("failed.size()", equalTo(0));
        assertTrue(bodies().stream().anyMatch(b -> b.contains("<video")));

        JsonPath report =
                importCorpus("nfp-nshipster-invalid-characters.rss")
                        .body("failed.size()", equalTo(0))
                        .extract()
                        .jsonPath();
        List<String> removed =
                report.getList(
                        "warnings.findAll { it.kind == 'removed-markup' }.removed.flatten()",
                        String.class);
        assertTrue(
                removed.contains("script src=http://platform.twitter.com/widgets.js"),
                "a tweet's script, named: " + removed);
        assertTrue(removed.contains("svg"), removed.toString());
        assertTrue(
                bodies().stream().noneMatch(b -> b.contains("widgets.js")),
                "a loader script leaves nothing visible behind (named in the report instead)");
    }

    private static List<String> bodies() {
        return posts().stream().map(p -> String.valueOf(p.get("contentHtml"))).toList();
    }

    private static List<String> titles() {
        return posts().stream().map(p -> String.valueOf(p.get("title"))).toList();
    }

    private ValidatableResponse importCorpus(String name) throws Exception {
        emptyBlog.now();
        return importAgain(name);
    }

    private static ValidatableResponse importAgain(String name) throws Exception {
        CorpusFeeds.assumePresent(CorpusFeeds.DIRECTORY);
        Path file = CorpusFeeds.DIRECTORY.resolve(name);
        return asAdmin()
                .contentType(CorpusFeeds.mediaTypeOf(file))
                .body(Files.readAllBytes(file))
                .post("/api/v1/import")
                .then()
                .statusCode(200);
    }

    private static Object authorOf(Map<String, Object> post) {
        return ((Map<?, ?>) post.get("author")).get("name");
    }

    /** Every post of the blog, as the API lists them. */
    private static List<Map<String, Object>> posts() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath list =
                    asAdmin()
                            .queryParam("status", "all")
                            .queryParam("size", 100)
                            .queryParam("page", page)
                            .get("/api/v1/posts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            all.addAll(list.getList("items"));
            if (page >= list.getInt("totalPages")) {
                return all;
            }
        }
    }
}
