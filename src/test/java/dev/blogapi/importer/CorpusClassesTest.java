package dev.blogapi.importer;

import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject EntityManager em;

    @Test
    void anAtomEntryWithoutAnAuthorHasTheFeedsAndAnAddressGivesItsName() throws Exception {
        importCorpus("nnw-fvsch-root-author.atom").body("failed.size()", equalTo(0));
        assertTrue(
                posts().stream().allMatch(p -> authorOf(p).equals("Florens Verschelde")),
                "every entry is the feed author's");

        importCorpus("blog-hugo-chenqiqian.rss");
        assertTrue(posts().stream().allMatch(p -> authorOf(p).equals("cqqqwq")));
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

    private ValidatableResponse importCorpus(String name) throws Exception {
        emptyTheBlog();
        return importAgain(name);
    }

    private static ValidatableResponse importAgain(String name) throws Exception {
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

    private void emptyTheBlog() {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "truncate post_alias, post_category, post,"
                                                        + " category, api_token, author,"
                                                        + " idempotency_record cascade")
                                        .executeUpdate());
    }
}
