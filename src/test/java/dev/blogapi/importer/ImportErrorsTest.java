package dev.blogapi.importer;

import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.blogapi.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportErrorsTest {

    @Test
    void reportsBadItemsAndImportsTheRest() {
        String ok = unique("urn:ok");
        String noContent = unique("urn:empty");
        String badDate = unique("urn:bad-date");
        String longTitle = unique("urn:long-title");
        String rss =
                rss(
                        item(ok, "Fine", "<p>ok</p>", "Sat, 30 Jun 2007 12:16:04 +0000")
                                + item(noContent, "", "", "Sat, 30 Jun 2007 12:16:04 +0000")
                                + item(badDate, "Bad date", "<p>x</p>", "the thirtieth of June")
                                + item(
                                        longTitle,
                                        "x".repeat(301),
                                        "<p>x</p>",
                                        "Sat, 30 Jun 2007 12:16:04 +0000")
                                + item(
                                        ok,
                                        "Fine again",
                                        "<p>ok</p>",
                                        "Sat, 30 Jun 2007 12:16:04 +0000"));
        post(rss, "application/rss+xml")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("failed.size()", equalTo(2))
                .body(
                        "failed.find { it.guid == '" + noContent + "' }.reason",
                        equalTo("no title and no body"))
                .body(
                        "failed.find { it.guid == '" + longTitle + "' }.reason",
                        containsString("300"))
                .body("skipped.kind", equalTo(List.of("duplicate-guid")))
                .body("skipped.count", equalTo(List.of(1)))
                .body("warnings.find { it.guid == '" + badDate + "' }.kind", equalTo("undated"))
                .body(
                        "warnings.find { it.guid == '" + badDate + "' }.detail",
                        containsString("'the thirtieth of June'"));
        asAdmin()
                .queryParam("q", "\"Bad date\"")
                .get("/api/v1/posts")
                .then()
                .body("items.guid", hasItem(badDate));
    }

    @Test
    void refusesMalformedXmlWithItsLineAndColumn() {
        String guid = unique("urn:malformed");
        post(
                        rss(item(guid, "Half", "<p>x</p>", "Sat, 30 Jun 2007 12:16:04 +0000"))
                                .replace("</channel>", ""),
                        "application/xml")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line"))
                .body("detail", containsString("column"));
        asAdmin()
                .queryParam("status", "all")
                .get("/api/v1/posts")
                .then()
                .body("items.guid", Matchers.not(hasItem(guid)));
    }

    @Test
    void refusesDocumentsThatAreNotFeeds() {
        post("<html><body><p>hello</p></body></html>", "text/xml")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("not an RSS 2.0 or Atom 1.0 feed"));
        post("", "application/rss+xml")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityOrExpansionIsRead() {
        String guid = unique("urn:xxe");
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                        + rss(item(guid, "&secret;", "<p>x</p>", "Sat, 30 Jun 2007 12:16:04 +0000"))
                                .replaceFirst("<\\?xml[^>]*>", "");
        post(xxe, "application/rss+xml")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("DOCTYPE"));
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
        post(laughs, "application/rss+xml").then().statusCode(400);
        asAdmin()
                .queryParam("status", "all")
                .get("/api/v1/posts")
                .then()
                .body("items.guid", Matchers.not(hasItem(guid)));
    }

    @Test
    void isForAdminsOnlyAndOnlyForFeedOrExportTypes() {
        String authorToken = TestTokens.author(unique("Importer"));
        as(authorToken)
                .contentType("application/rss+xml")
                .body(rss(""))
                .post("/api/v1/import")
                .then()
                .statusCode(403);
        post(rss(""), "text/plain").then().statusCode(415).contentType("application/problem+json");
    }

    static Response post(String body, String type) {
        return asAdmin()
                .contentType(type)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import");
    }

    static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>http://old.example.org/</link><description>d</description>"
                + items
                + "</channel></rss>";
    }

    static String item(String guid, String title, String html, String date) {
        return "<item><title>"
                + title
                + "</title><description><![CDATA["
                + html
                + "]]></description><pubDate>"
                + date
                + "</pubDate><guid isPermaLink=\"false\">"
                + guid
                + "</guid></item>";
    }
}
