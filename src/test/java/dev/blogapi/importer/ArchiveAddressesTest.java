package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The archive and feed addresses WordPress, Ghost and Blogger served resolve to what they are here,
 * so a front end can redirect them: kind, slug, and where this API and its feeds serve it.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class ArchiveAddressesTest {

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    void importABlog() throws Exception {
        emptyBlog.now();
        asAdmin()
                .contentType("application/rss+xml")
                .body(SourceFixtures.bytes("wordpress-export.xml"))
                .post("/api/v1/import")
                .then()
                .statusCode(200);
    }

    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/category/tools/, category, tools, http://handtools.example/api/v1/posts?category=tools",
        "/category/workshop/tools, category, tools, http://handtools.example/api/v1/posts?category=tools",
        "/category/tools/feed/, feed, tools, http://handtools.example/api/v1/posts?category=tools",
        "/tag/sharpening/, tag, sharpening, http://handtools.example/api/v1/posts?tag=sharpening",
        "/tag/sharpening/rss/, feed, sharpening, http://handtools.example/api/v1/posts?tag=sharpening",
        "/search/label/Sharpening, tag, sharpening, http://handtools.example/api/v1/posts?tag=sharpening",
        "/author/ada/, author, ada, http://handtools.example/api/v1/posts?author=ada"
    })
    void anArchiveAddressSaysWhatItIs(String path, String kind, String slug, String posts) {
        anonymous()
                .queryParam("path", path)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("kind", equalTo(kind))
                .body("slug", equalTo(slug))
                .body("posts", equalTo(posts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/feed/", "/feed", "/rss/", "/feeds/posts/default", "/atom.xml"})
    void aSiteFeedAddressIsTheSiteFeed(String path) {
        anonymous()
                .queryParam("path", path)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("kind", equalTo("feed"))
                .body("slug", nullValue())
                .body("feed", equalTo("http://handtools.example/feed.rss"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/category/no-such-thing/", "/tag/nothing/", "/nowhere/"})
    void anUnknownArchiveIsNotFound(String path) {
        anonymous()
                .queryParam("path", path)
                .get("/api/v1/resolve")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
