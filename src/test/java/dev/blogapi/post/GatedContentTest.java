package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.Api;
import dev.blogapi.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The leak matrix: for each visibility, every public surface (lists and their filters, search, by
 * id, by slug, resolve, archive, pages, every feed scope and format, excerpts, the response cache)
 * shows a gated item's metadata and free part and never a word of its gated part; a reader, author
 * or admin token and a post's own password read it whole.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatedContentTest {

    private static final String PASSWORD = "open sesame";

    private final String freeWord = word();
    private final Map<String, String> secretOf = new LinkedHashMap<>(); // visibility -> secret
    private final Map<String, Map<String, Object>> created = new LinkedHashMap<>();
    private final String category = Api.unique("gated-topics");
    private final String tag = Api.unique("Gated tag");
    private final String authorName = Api.unique("Gated Author");
    private String authorToken;
    private String page;

    // Once per class (the fields live as long as it), after the server is up.
    @BeforeEach
    void writeOneItemPerVisibility() {
        if (!created.isEmpty()) {
            return;
        }
        authorToken = TestTokens.author(authorName);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", category, "slug", category))
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        for (String visibility : List.of("public", "members", "paid", "password")) {
            String secret = word();
            secretOf.put(visibility, secret);
            created.put(visibility, write("posts", visibility, secret));
        }
        String pageSecret = word();
        secretOf.put("members page", pageSecret);
        page = (String) write("pages", "members", pageSecret).get("slug");
    }

    private Map<String, Object> write(String collection, String visibility, String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Gated " + visibility + " " + Api.unique("item"));
        body.put("status", "published");
        body.put("visibility", visibility);
        // Members and paid posts carry Ghost's marker; the free part comes before it.
        body.put(
                "contentHtml",
                "<p>Free part " + freeWord + ".</p><!--members-only--><p>Gated " + secret + "</p>");
        if (visibility.equals("password")) {
            body.put("password", PASSWORD);
        }
        if (collection.equals("posts")) {
            body.put("categories", List.of(category));
            body.put("tags", List.of(tag));
        }
        return as(authorToken)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/" + collection)
                .then()
                .statusCode(201)
                .body("visibility", equalTo(visibility))
                .body("gated", equalTo(false))
                .body("contentHtml", containsString(secret))
                .extract()
                .as(Map.class);
    }

    @Test
    void noPublicSurfaceShowsAGatedWord() {
        List<String> surfaces = new ArrayList<>(publicSurfaces());
        for (String surface : surfaces) {
            for (int twice = 0; twice < 2; twice++) { // the second answer may come from the cache
                String body = anonymous().accept("*/*").get(surface).then().extract().asString();
                assertGatedWordsAbsent(surface, body);
            }
        }
        assertTrue(
                anonymous()
                        .get("/api/v1/posts?q=" + secretOf.get("public"))
                        .asString()
                        .contains(secretOf.get("public")),
                "the control: a public post's word is found");
    }

    private List<String> publicSurfaces() {
        String authorSlug = (String) ((Map<?, ?>) created.get("members").get("author")).get("slug");
        String tagSlug =
                (String)
                        ((Map<?, ?>) ((List<?>) created.get("members").get("tags")).get(0))
                                .get("slug");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> surfaces =
                new ArrayList<>(
                        List.of(
                                "/api/v1/posts?size=100",
                                "/api/v1/posts?category=" + category,
                                "/api/v1/posts?tag=" + tagSlug,
                                "/api/v1/posts?author=" + authorSlug,
                                "/api/v1/posts?year=" + today.getYear(),
                                "/api/v1/posts?q=" + freeWord,
                                "/api/v1/archive",
                                "/api/v1/pages?size=100",
                                "/api/v1/pages/slug/" + page));
        for (String secret : secretOf.values()) {
            surfaces.add("/api/v1/posts?q=" + secret);
        }
        for (String visibility : List.of("members", "paid", "password")) {
            Map<String, Object> post = created.get(visibility);
            surfaces.add("/api/v1/posts/" + post.get("id"));
            surfaces.add("/api/v1/posts/slug/" + post.get("slug"));
            surfaces.add("/api/v1/resolve?path=" + post.get("permalink"));
        }
        for (String scope :
                List.of(
                        "",
                        "/categories/" + category,
                        "/tags/" + tagSlug,
                        "/authors/" + authorSlug)) {
            for (String format : List.of("rss", "atom", "json")) {
                surfaces.add(scope + "/feed." + format);
            }
        }
        return surfaces;
    }

    private void assertGatedWordsAbsent(String surface, String body) {
        secretOf.forEach(
                (visibility, secret) -> {
                    if (!visibility.equals("public")) {
                        assertFalse(
                                body.contains(secret),
                                surface + " shows the gated part of the " + visibility + " item");
                    }
                });
    }

    @Test
    void anonymousReadersGetMetadataAndTheFreePart() {
        Response members = anonymous().get("/api/v1/posts/" + created.get("members").get("id"));
        members.then()
                .statusCode(200)
                .body("gated", equalTo(true))
                .body("visibility", equalTo("members"))
                .body("title", equalTo(created.get("members").get("title")))
                .body("contentHtml", equalTo("<p>Free part " + freeWord + ".</p>"))
                .body("contentMarkdown", nullValue())
                .body("excerpt", equalTo("Free part " + freeWord + "."));
        // Without a marker nothing of a paid post's body is free; a password post shows nothing.
        anonymous()
                .get("/api/v1/posts/slug/" + created.get("password").get("slug"))
                .then()
                .body("gated", equalTo(true))
                .body("contentHtml", emptyString())
                .body("excerpt", emptyString());
        anonymous()
                .get("/api/v1/posts?category=" + category)
                .then()
                .body("items.gated", hasItem(true))
                .body("items.find { it.visibility == 'public' }.gated", equalTo(false))
                .body(
                        "items.find { it.visibility == 'public' }.contentHtml",
                        containsString(secretOf.get("public")));
        anonymous()
                .get("/api/v1/posts?q=" + freeWord)
                .then()
                .body("items.visibility", hasItem("members"));
    }

    @Test
    void aReaderAuthorOrAdminTokenReadsTheWholeItem() {
        String reader = TestTokens.reader();
        for (String token : List.of(reader, authorToken, Api.ADMIN_TOKEN)) {
            for (String visibility : List.of("members", "paid", "password")) {
                as(token)
                        .get("/api/v1/posts/" + created.get(visibility).get("id"))
                        .then()
                        .statusCode(200)
                        .body("gated", equalTo(false))
                        .body("contentHtml", containsString(secretOf.get(visibility)));
            }
            as(token)
                    .get("/api/v1/posts?category=" + category)
                    .then()
                    .body("items.gated", not(hasItem(true)));
            as(token)
                    .get("/api/v1/pages/slug/" + page)
                    .then()
                    .body("contentHtml", containsString(secretOf.get("members page")));
        }
        // What a token read is never kept for anonymous readers.
        String after = anonymous().get("/api/v1/posts/" + created.get("paid").get("id")).asString();
        assertGatedWordsAbsent("an anonymous read after a reader's", after);
    }

    @Test
    void aReaderTokenReadsButNeverWritesNorSeesDrafts() {
        String reader = TestTokens.reader();
        as(reader)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Not allowed"))
                .post("/api/v1/posts")
                .then()
                .statusCode(403);
        as(reader).get("/api/v1/posts?status=draft").then().statusCode(403);
        String draft =
                as(authorToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "A draft " + Api.unique("d")))
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        as(reader).get("/api/v1/posts/" + draft).then().statusCode(404);
    }

    @Test
    void thePasswordUnlocksAPasswordProtectedPostAndNeverStaysInTheCache() {
        Map<String, Object> post = created.get("password");
        String secret = secretOf.get("password");
        anonymous()
                .header("X-Post-Password", PASSWORD)
                .get("/api/v1/posts/" + post.get("id"))
                .then()
                .statusCode(200)
                .body("gated", equalTo(false))
                .body("contentHtml", containsString(secret));
        anonymous()
                .queryParam("password", PASSWORD)
                .get("/api/v1/posts/slug/" + post.get("slug"))
                .then()
                .statusCode(200)
                .body("contentHtml", containsString(secret));
        anonymous()
                .queryParam("password", PASSWORD)
                .queryParam("path", post.get("permalink"))
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("contentHtml", containsString(secret));
        anonymous()
                .header("X-Post-Password", "not it")
                .get("/api/v1/posts/" + post.get("id"))
                .then()
                .statusCode(403)
                .contentType(Api.PROBLEM_JSON);
        // A members post is not unlocked by a password.
        anonymous()
                .queryParam("password", PASSWORD)
                .get("/api/v1/posts/" + created.get("members").get("id"))
                .then()
                .body("gated", equalTo(true));
        assertGatedWordsAbsent(
                "an anonymous read after an unlocked one",
                anonymous().get("/api/v1/posts/" + post.get("id")).asString());
        // The export keeps a hash, never the password.
        String export = asAdmin().get("/api/v1/export").asString();
        assertFalse(export.contains(PASSWORD));
        assertTrue(export.contains("pbkdf2-sha256$"));
    }

    @Test
    void visibilityIsWrittenStrictly() {
        as(authorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "No password", "visibility", "password"))
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .contentType(Api.PROBLEM_JSON);
        as(authorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Stray password", "password", "x"))
                .post("/api/v1/posts")
                .then()
                .statusCode(422);
        as(authorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Unknown", "visibility", "secret"))
                .post("/api/v1/posts")
                .then()
                .statusCode(422);
        // A patch that leaves visibility out keeps it; the password is never answered.
        Map<String, Object> post = created.get("paid");
        String etag = as(authorToken).get("/api/v1/posts/" + post.get("id")).header("ETag");
        as(authorToken)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"title\": \"Renamed paid post\"}")
                .patch("/api/v1/posts/" + post.get("id"))
                .then()
                .statusCode(200)
                .body("visibility", equalTo("paid"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
