package dev.blogapi.importer;

import static dev.blogapi.Api.PROBLEM_JSON;
import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A moved blog's files come along with its import: downloaded from its old server (media=fetch, a
 * loopback server standing in for it) or taken from its zipped uploads folder (media=archive);
 * every reference to a file that could be brought points at the media library afterwards, the
 * others stay and are listed, and importing again downloads nothing.
 */
@QuarkusTest
class ImportMediaTest {

    private static final String BASE = "https://blog.test";

    @Inject EmptyBlog emptyBlog;
    @Inject StoredBodies storedBodies;

    private OldBlogServer old;

    @BeforeEach
    void start() throws Exception {
        emptyBlog.now();
        old = new OldBlogServer();
    }

    @AfterEach
    void stop() {
        old.close();
        emptyBlog.now();
    }

    @Test
    void fetchBringsEveryReachableFileAndPointsEveryReferenceAtIt() throws Exception {
        byte[] export = exportAt(old.address());
        JsonPath report = importWxr(export, "fetch");
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(4, report.getInt("media.created"), report.prettify());
        assertEquals(0, report.getInt("media.unchanged"));
        String gone = old.address() + "/wp-content/uploads/2019/05/gone.png";
        assertEquals(List.of(gone), report.getList("mediaMissing.url"));
        assertEquals(gone + " answered 404", report.getString("mediaMissing[0].reason"));

        JsonPath post = postAt("/?p=101");
        String html = post.getString("contentHtml");
        String heron = mediaUrl("/wp-content/uploads/2019/05/heron.png", "heron.png");
        String medium =
                mediaUrl("/wp-content/uploads/2019/05/heron-300x200.png", "heron-300x200.png");
        assertTrue(html.contains("<a href=\"" + heron + "\"><img"), html);
        assertTrue(
                html.contains("src=\"" + medium + "\""), "a resized copy is its own file: " + html);
        assertTrue(
                html.contains(mediaUrl("/wp-content/uploads/2019/05/notes.pdf", "notes.pdf")),
                html);
        assertTrue(
                html.contains("href=\"" + old.address() + "/2019/04/01/first-heron/\""),
                "a page link stays: " + html);
        assertTrue(html.contains("src=\"" + gone + "\""), "what was not brought stays: " + html);
        assertTrue(
                html.contains("src=\"https://elsewhere.example/cat.png\""),
                "another site's file stays");
        assertEquals(heron, post.getString("featuredImage.url"));

        byte[] served =
                anonymous()
                        .get(heron.substring(BASE.length()))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertArrayEquals(OldBlogServer.fileAt("/wp-content/uploads/2019/05/heron.png"), served);
        String unused = mediaUrl("/wp-content/uploads/2019/04/unused.png", "unused.png");
        anonymous().get(unused.substring(BASE.length())).then().statusCode(200);
        asAdmin()
                .get("/api/v1/media/" + mediaId(heron))
                .then()
                .statusCode(200)
                .body("usedBy.slug", equalTo(List.of("herons-in-may")));

        int requests = old.requests();
        JsonPath again = importWxr(export, "fetch");
        assertEquals(requests + 1, old.requests(), "only the missing file is asked for again");
        assertEquals(1, again.getInt("unchanged"), again.prettify());
        assertEquals(0, again.getInt("media.created"));
        assertEquals(4, again.getInt("media.unchanged"));
        assertEquals(html, postAt("/?p=101").getString("contentHtml"));
    }

    @Test
    void aDryRunChecksTheFilesAndStoresNothing() throws Exception {
        int files = mediaCount();
        JsonPath report = importWxr(exportAt(old.address()), "fetch", "dryRun", "true");
        assertTrue(report.getBoolean("dryRun"));
        assertEquals(4, report.getInt("media.created"), report.prettify());
        assertEquals(1, report.getList("mediaMissing").size());
        assertEquals(files, mediaCount(), "a dry run stores no file");
        anonymous().queryParam("path", "/?p=101").get("/api/v1/resolve").then().statusCode(404);
        int requests = old.requests();
        assertEquals(4, importWxr(exportAt(old.address()), "fetch").getInt("media.created"));
        assertTrue(
                old.requests() > requests, "a dry run remembers nothing: the real run downloads");
    }

    @Test
    void withoutMediaTheReferencesStayAndNothingIsFetched() throws Exception {
        JsonPath report = importWxr(exportAt(old.address()), null);
        assertFalse(report.getMap("").containsKey("mediaMissing"), report.prettify());
        assertEquals(0, old.requests());
        assertTrue(
                postAt("/?p=101")
                        .getString("contentHtml")
                        .contains(old.address() + "/wp-content/uploads/2019/05/heron-300x200.png"));
    }

    @Test
    void archiveTakesTheFilesFromTheZippedUploadsFolder() throws Exception {
        String gone = "http://old-" + UUID.randomUUID() + ".invalid";
        byte[] export = exportAt(gone);
        byte[] archive =
                zip(
                        Map.of(
                                "uploads/2019/05/heron.png",
                                        "/wp-content/uploads/2019/05/heron.png",
                                "uploads/2019/05/heron-300x200.png",
                                        "/wp-content/uploads/2019/05/heron-300x200.png",
                                "uploads/2019/05/notes.pdf",
                                        "/wp-content/uploads/2019/05/notes.pdf",
                                "uploads/2019/04/unused.png",
                                        "/wp-content/uploads/2019/04/unused.png"));
        JsonPath report =
                asAdmin()
                        .queryParam("media", "archive")
                        .multiPart("document", "export.xml", export, "application/xml")
                        .multiPart("archive", "uploads.zip", archive, "application/zip")
                        .post("/api/v1/import")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(1, report.getInt("created"), report.prettify());
        assertEquals(4, report.getInt("media.created"), report.prettify());
        assertEquals(
                List.of(gone + "/wp-content/uploads/2019/05/gone.png"),
                report.getList("mediaMissing.url"));
        assertEquals("not in the uploaded archive", report.getString("mediaMissing[0].reason"));
        String html = postAt("/?p=101").getString("contentHtml");
        assertTrue(
                html.contains(
                        mediaUrl(
                                "/wp-content/uploads/2019/05/heron-300x200.png",
                                "heron-300x200.png")),
                html);
        assertFalse(html.contains(gone + "/wp-content/uploads/2019/05/heron"), html);
        assertEquals(0, old.requests());
    }

    @Test
    void aGhostExportTakesItsImagesFromContentImages() throws Exception {
        String folder = "2020/" + UUID.randomUUID();
        String ghost =
                """
                {"db": [{"meta": {"exported_on": 1700000000000, "version": "5.74.0"},
                  "data": {"posts": [{"id": "65aa00000000000000000001", "title": "Cover", "slug": "cover",
                    "html": "<p><img src=\\"__GHOST_URL__/content/images/FOLDER/b.png\\" alt=\\"b\\"></p>",
                    "feature_image": "__GHOST_URL__/content/images/FOLDER/cover.jpg",
                    "type": "post", "status": "published", "published_at": "2023-11-12T10:00:00.000Z"}],
                   "posts_authors": [{"post_id": "65aa00000000000000000001", "author_id": "1", "sort_order": 0}],
                   "posts_tags": [], "tags": [], "users": [{"id": "1", "name": "Ada Lindqvist"}]}}]}"""
                        .replace("FOLDER", folder);
        byte[] archive =
                zip(
                        Map.of(
                                "content/images/" + folder + "/b.png",
                                        "/content/images/" + folder + "/b.png",
                                "content/images/" + folder + "/cover.jpg",
                                        "/content/images/" + folder + "/cover.jpg"));
        JsonPath report =
                asAdmin()
                        .multiPart(
                                "document",
                                "ghost.json",
                                ghost.getBytes(StandardCharsets.UTF_8),
                                "application/json")
                        .multiPart("archive", "images.zip", archive, "application/zip")
                        .post("/api/v1/import/archive")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(2, report.getInt("media.created"), report.prettify());
        assertEquals(List.of(), report.getList("mediaMissing"));
        JsonPath post =
                anonymous()
                        .get("/api/v1/posts/slug/cover")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertTrue(
                post.getString("contentHtml")
                        .contains(mediaUrl("/content/images/" + folder + "/b.png", "b.png")),
                post.getString("contentHtml"));
        assertEquals(
                mediaUrl("/content/images/" + folder + "/cover.jpg", "cover.jpg"),
                post.getString("featuredImage.url"));
    }

    @Test
    void badMediaRequestsAreProblemsNamingTheField() throws Exception {
        byte[] export = exportAt(old.address());
        asAdmin()
                .contentType("application/rss+xml")
                .queryParam("media", "everything")
                .body(export)
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("media"));
        asAdmin()
                .contentType("application/rss+xml")
                .queryParam("media", "archive")
                .body(export)
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("detail", org.hamcrest.Matchers.containsString("multipart/form-data"));
        asAdmin()
                .multiPart("document", "export.xml", export, "application/xml")
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("archive"));
        asAdmin()
                .multiPart("document", "export.xml", export, "application/xml")
                .multiPart(
                        "archive",
                        "uploads.zip",
                        "not a zip".getBytes(StandardCharsets.UTF_8),
                        "application/zip")
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("archive"));
        asAdmin()
                .queryParam("media", "fetch")
                .multiPart("document", "export.xml", export, "application/xml")
                .multiPart("archive", "uploads.zip", zip(Map.of()), "application/zip")
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        anonymous()
                .multiPart("document", "export.xml", export, "application/xml")
                .multiPart("archive", "uploads.zip", zip(Map.of()), "application/zip")
                .post("/api/v1/import")
                .then()
                .statusCode(401);
        anonymous().queryParam("path", "/?p=101").get("/api/v1/resolve").then().statusCode(404);
        assertEquals(0, old.requests());
    }

    /**
     * The real WordPress.com exports of the corpus, moved as if their site (blog address and
     * uploads host) were the loopback server: afterwards every reference to one of its files points
     * at the library, except those the report lists as missing (here, the .mov and .mp3 files the
     * server does not have).
     */
    @ParameterizedTest
    @ValueSource(strings = {"wxr-theme-unit-test-data.xml", "wxr-jekyllbot-wordpresscom.xml"})
    void aRealWordPressBlogKeepsNoReferenceToItsOldHostForFilesThatWereReachable(String file)
            throws Exception {
        String export =
                new String(ExportFiles.corpus(file), StandardCharsets.UTF_8)
                        .replaceAll(
                                "<wp:base_site_url>[^<]*</wp:base_site_url>",
                                "<wp:base_site_url>" + old.address() + "</wp:base_site_url>")
                        .replaceAll(
                                "https?://([a-z0-9-]+\\.)?(wpthemetestdata|jekyllbot)\\.(files\\.)?wordpress\\.com",
                                old.address());
        JsonPath report = importWxr(export.getBytes(StandardCharsets.UTF_8), "fetch");
        assertEquals(0, report.getList("failed").size(), report.prettify());
        assertTrue(report.getInt("media.created") > 0, report.prettify());
        List<String> missing = report.getList("mediaMissing.url");
        java.util.regex.Pattern oldFile =
                java.util.regex.Pattern.compile(
                        "(?:src|href|poster)=\"("
                                + java.util.regex.Pattern.quote(old.address())
                                + "/[^\"]*\\.(?:jpe?g|png|gif|pdf|mp3|mov|mp4))\"",
                        java.util.regex.Pattern.CASE_INSENSITIVE);
        int brought = 0;
        for (String body : storedBodies.all()) {
            brought += body.split(BASE + "/media/", -1).length - 1;
            java.util.regex.Matcher reference = oldFile.matcher(body);
            while (reference.find()) {
                String address = reference.group(1).replace("&amp;", "&");
                assertTrue(
                        missing.contains(address),
                        address + " is still referenced and not reported missing");
                assertFalse(
                        address.matches("(?i).*\\.(jpe?g|png|gif|pdf)"),
                        address + " was reachable");
            }
        }
        assertTrue(brought > 0, "bodies and featured images point at the library");
        int requests = old.requests();
        importWxr(export.getBytes(StandardCharsets.UTF_8), "fetch");
        assertEquals(
                requests + missing.size(),
                old.requests(),
                "a second import asks only for what was missing");
    }

    static byte[] exportAt(String oldAddress) throws Exception {
        return new String(ExportFiles.fixture("wordpress-media.xml"), StandardCharsets.UTF_8)
                .replace("OLD", oldAddress)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonPath importWxr(byte[] export, String media, String... more) {
        var request = asAdmin().contentType("application/rss+xml").body(export);
        if (media != null) {
            request.queryParam("media", media);
        }
        for (int i = 0; i < more.length; i += 2) {
            request.queryParam(more[i], more[i + 1]);
        }
        return request.post("/api/v1/import").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath postAt(String oldPath) {
        return anonymous()
                .queryParam("path", oldPath)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Where the library serves the file the old server had at {@code path}. */
    private static String mediaUrl(String path, String filename) throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(OldBlogServer.fileAt(path));
        return BASE + "/media/" + HexFormat.of().formatHex(sha) + "/" + filename;
    }

    private static String mediaId(String url) {
        String sha = url.split("/")[4];
        List<Map<String, Object>> items =
                asAdmin()
                        .queryParam("size", "100")
                        .get("/api/v1/media")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items");
        return items.stream()
                .filter(item -> sha.equals(item.get("sha256")))
                .map(item -> (String) item.get("id"))
                .findFirst()
                .orElseThrow();
    }

    private static int mediaCount() {
        return Integer.parseInt(
                asAdmin()
                        .get("/api/v1/media")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("X-Total-Count"));
    }

    /** A zip whose entries hold the files the old server has at the given paths. */
    private static byte[] zip(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(OldBlogServer.fileAt(entry.getValue()));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
