package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every address a moved WordPress blog served an item at resolves, however it is written: with or
 * without its trailing slash, non-ASCII raw or escaped in either case, ?p= and ?page_id=.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class OldAddressesTest {

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    void importTheBlog() throws Exception {
        emptyBlog.now();
        asAdmin()
                .contentType("application/rss+xml")
                .body(SourceFixtures.bytes("wordpress-bodies.xml"))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("failed.size()", equalTo(0));
    }

    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"日本語", "%E6%97%A5%E6%9C%AC%E8%AA%9E", "%e6%97%a5%e6%9c%ac%e8%aa%9e"})
    void aNonAsciiSlugIsKeptAndFoundHoweverItIsWritten(String slug) {
        anonymous()
                .urlEncodingEnabled(false)
                .get("/api/v1/posts/slug/" + (slug.startsWith("%") ? slug : encoded(slug)))
                .then()
                .statusCode(200)
                .body("slug", equalTo("日本語"))
                .body("guid", equalTo("http://handtools.example/?p=204"));
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/2023/11/15/%e6%97%a5%e6%9c%ac%e8%aa%9e/, http://handtools.example/?p=204",
        "/2023/11/15/%E6%97%A5%E6%9C%AC%E8%AA%9E/, http://handtools.example/?p=204",
        "/2023/11/15/%e6%97%a5%e6%9c%ac%e8%aa%9e, http://handtools.example/?p=204",
        "/2023/11/15/日本語/, http://handtools.example/?p=204",
        "/2023/11/15/日本語, http://handtools.example/?p=204",
        "/?p=204, http://handtools.example/?p=204",
        "/colophon/, http://handtools.example/?page_id=205",
        "/colophon, http://handtools.example/?page_id=205",
        "/?page_id=205, http://handtools.example/?page_id=205",
        "/?p=205, http://handtools.example/?page_id=205",
        "/2023/11/12/block-embed, http://handtools.example/?p=201"
    })
    void resolves(String path, String guid) {
        anonymous()
                .queryParam("path", path)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("guid", equalTo(guid));
    }
}
