package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What every engine's import promises, checked the same way for each: its fixture survives export
 * and restore byte for byte, and each real export of the corpus arrives whole (every item counted,
 * none failed, the lists and the feed as the engine had them, every old address resolving, a second
 * import changing nothing). Engine-specific mapping is in each source's own tests.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class EngineImportTest {

    /** An engine: how its export is posted, its fixture, and where its old addresses are. */
    enum Engine {
        WORDPRESS("application/rss+xml", "wordpress-export.xml", 7) {
            @Override
            Set<String> oldAddresses(byte[] export) throws Exception {
                NodeList items = dom(export).getElementsByTagName("item");
                Set<String> addresses = new LinkedHashSet<>();
                for (int i = 0; i < items.getLength(); i++) {
                    Element item = (Element) items.item(i);
                    String type = child(item, "post_type");
                    if (("post".equals(type) || "page".equals(type))
                            && "publish".equals(child(item, "status"))) {
                        addresses.add(pathOf(child(item, "link")));
                        addresses.add("/?p=" + child(item, "post_id"));
                    }
                }
                return addresses;
            }
        },
        GHOST("application/json", "ghost-5-export.json", 4) {
            @Override
            Set<String> oldAddresses(byte[] export) throws Exception {
                Set<String> addresses = new LinkedHashSet<>();
                for (JsonNode post : new ObjectMapper().readTree(export).at("/db/0/data/posts")) {
                    if (post.path("status").asText().equals("published")) {
                        addresses.add("/" + post.path("slug").asText() + "/");
                    }
                }
                return addresses;
            }
        },
        BLOGGER("application/atom+xml", "blogger-export.xml", 3) {
            @Override
            Set<String> oldAddresses(byte[] export) throws Exception {
                Set<String> addresses = new LinkedHashSet<>();
                for (SyndEntry entry :
                        new SyndFeedInput()
                                .build(new XmlReader(new ByteArrayInputStream(export), false))
                                .getEntries()) {
                    boolean post =
                            entry.getCategories().stream()
                                    .anyMatch(c -> c.getName().endsWith("kind#post"));
                    if (post && entry.getLink() != null && !entry.getLink().isBlank()) {
                        addresses.add(pathOf(entry.getLink()));
                    }
                }
                return addresses;
            }
        };

        final String contentType;
        final String fixture;
        final int fixtureItems;

        Engine(String contentType, String fixture, int fixtureItems) {
            this.contentType = contentType;
            this.fixture = fixture;
            this.fixtureItems = fixtureItems;
        }

        /** Every address the engine served a published post or page at, read independently. */
        abstract Set<String> oldAddresses(byte[] export) throws Exception;

        JsonPath imported(byte[] export) {
            return asAdmin()
                    .contentType(contentType)
                    .body(export)
                    .post("/api/v1/import")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
    }

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMovedBlogSurvivesExportAndRestoreIntoAnEmptyBlog(Engine engine) throws Exception {
        engine.imported(SourceFixtures.bytes(engine.fixture));
        String first = asAdmin().get("/api/v1/export").then().statusCode(200).extract().asString();
        emptyBlog.now();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(first.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(engine.fixtureItems));
        assertEquals(first, asAdmin().get("/api/v1/export").then().extract().asString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "WORDPRESS, wxr-theme-unit-test-data.xml, 56, 1, 1, 21, 0, attachment, 37, 154",
        "WORDPRESS, wxr-jekyllbot-wordpresscom.xml, 7, 0, 0, 1, 0, attachment, 6, 16",
        "WORDPRESS, wxr-wordpress31-small-export.xml, 5, 0, 1, 4, 1, attachment, 0, 13",
        "GHOST, ghost-4.1-export.json, 7, 0, 0, 4, 0, extra-author, 0, 11",
        "GHOST, ghost-3.0-export.json, 7, 0, 0, 0, 0, extra-author, 0, 7",
        "BLOGGER, blogger-gift-of-the-magi.xml, 6, 0, 1, 0, 0, comment, 0, 6",
        "BLOGGER, blogger-jjs-favorite-things.xml, 4, 0, 0, 0, 0, comment, 3, 4",
        "BLOGGER, blogger-poet-inside.xml, 1, 0, 0, 0, 1, comment, 1, 1"
    })
    void aRealExportArrivesWhole(
            Engine engine,
            String file,
            int published,
            int scheduled,
            int drafts,
            int pages,
            int draftPages,
            String skippedKind,
            int skipped,
            int oldAddresses)
            throws Exception {
        byte[] export = ExportFiles.corpus(file);
        JsonPath report = engine.imported(export);
        int content = published + scheduled + drafts + pages + draftPages;
        assertEquals(content, report.getInt("created"), report.prettify());
        assertEquals(0, report.getList("failed").size(), report.prettify());
        assertEquals(
                skipped,
                report
                        .getList(
                                "skipped.findAll { it.kind == '" + skippedKind + "' }.count",
                                Integer.class)
                        .stream()
                        .mapToInt(n -> n)
                        .sum(),
                report.prettify());
        assertListed("/api/v1/posts", null, published);
        assertListed("/api/v1/posts", "scheduled", scheduled);
        assertListed("/api/v1/posts", "draft", drafts);
        assertListed("/api/v1/pages", null, pages);
        assertListed("/api/v1/pages", "draft", draftPages);
        Set<String> addresses = engine.oldAddresses(export);
        for (String address : addresses) {
            anonymous().queryParam("path", address).get("/api/v1/resolve").then().statusCode(200);
        }
        assertEquals(oldAddresses, addresses.size(), "old addresses: " + addresses);
        assertEquals(published, ExportFiles.rss().getEntries().size(), "the feed's items");
        assertEquals(content, engine.imported(export).getInt("unchanged"), "a second import");
    }

    private static void assertListed(String list, String status, int expected) {
        var request = status == null ? anonymous() : asAdmin().queryParam("status", status);
        request.queryParam("size", 100)
                .get(list)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(expected));
    }

    private static org.w3c.dom.Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String child(Element item, String localName) {
        NodeList found = item.getElementsByTagNameNS("*", localName);
        if (found.getLength() == 0) {
            found = item.getElementsByTagName(localName);
        }
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link.strip());
        return uri.getRawQuery() == null
                ? uri.getRawPath()
                : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
