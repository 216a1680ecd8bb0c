package dev.blogapi.media;

import static dev.blogapi.Api.PROBLEM_JSON;
import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.auth.TestTokens;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The media library through its API and the files at /media, on the local disk store. */
@QuarkusTest
class MediaApiTest {

    private static final String BASE = "https://blog.test";

    @Inject OrphanSweep sweep;
    @Inject MediaStore store;

    /**
     * A crash between writing a file and its row (or deleting a row and its file) leaves a file
     * nobody names: the sweep removes it, and never a file that has its row.
     */
    @Test
    void filesWithoutARowAreSweptAndFilesWithOneKept() throws Exception {
        Response kept = uploadRaw(TestTokens.admin(), uniquePng(), "image/png", "kept.png");
        String orphan =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(("orphan " + System.nanoTime()).getBytes()));
        java.nio.file.Path file = store.temporaryFile();
        java.nio.file.Files.write(file, MediaFixtures.pdf());
        store.put(orphan, file, "application/pdf");

        int removed = sweep.sweep(java.time.Instant.now().plusSeconds(1));

        assertEquals(true, removed >= 1, "removed " + removed);
        assertEquals(false, store.list().stream().anyMatch(s -> s.sha256().equals(orphan)));
        anonymous()
                .get(((String) kept.path("url")).substring(BASE.length()))
                .then()
                .statusCode(200);
        assertEquals(
                0, sweep.sweep(java.time.Instant.now().minusSeconds(3600)), "recent files wait");
    }

    private static Response uploadRaw(String token, byte[] bytes, String type, String filename) {
        return as(token)
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(bytes)
                .post("/api/v1/media");
    }

    private static byte[] uniquePng() {
        return MediaFixtures.uniquePng(3 + (int) (System.nanoTime() % 500), 2);
    }

    @Test
    void anUploadIsStoredOnceAndServedImmutableWithItsType() throws Exception {
        String author = TestTokens.author("Uploader " + System.nanoTime());
        byte[] png = uniquePng();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        Response created = uploadRaw(author, png, "image/png", "Holiday Photo.png");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/media/"))
                .body("sha256", equalTo(sha256))
                .body("url", equalTo(BASE + "/media/" + sha256 + "/holiday-photo.png"))
                .body("contentType", equalTo("image/png"))
                .body("bytes", equalTo(png.length))
                .body("height", equalTo(2))
                .body("filename", equalTo("holiday-photo.png"))
                .body("createdAt", notNullValue());
        String url = created.path("url");

        uploadRaw(author, png, "application/octet-stream", "again.png")
                .then()
                .statusCode(200)
                .body("url", equalTo(url))
                .body("id", equalTo(created.path("id")));

        String path = url.substring(BASE.length());
        Response file = anonymous().get(path);
        file.then()
                .statusCode(200)
                .contentType("image/png")
                .header("Content-Length", String.valueOf(png.length))
                .header("ETag", "\"" + sha256 + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Accept-Ranges", "bytes");
        assertArrayEquals(png, file.asByteArray());
        // The first read made the file known; this one is sent from the event loop
        // (LocalFileAnswers), and must not differ from the resource's answer.
        Response again = anonymous().get(path);
        for (String header :
                new String[] {
                    "Content-Type",
                    "Content-Length",
                    "ETag",
                    "Cache-Control",
                    "X-Content-Type-Options",
                    "Content-Security-Policy",
                    "Content-Disposition",
                    "Accept-Ranges"
                }) {
            assertEquals(file.header(header), again.header(header), header);
        }
        assertArrayEquals(png, again.asByteArray());
        anonymous()
                .header("Origin", "https://any-site.example")
                .get(path)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Content-Range"));
        anonymous()
                .head(path)
                .then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(png.length));
        anonymous().header("If-None-Match", "\"" + sha256 + "\"").get(path).then().statusCode(304);
        anonymous().get("/media/" + sha256 + "/other-name.png").then().statusCode(404);
        anonymous()
                .get("/media/" + "0".repeat(64) + "/missing.png")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void videoIsServedInRangesAndOtherFilesAsDownloads() {
        byte[] mp4 = MediaFixtures.mp4(4_000 + (int) (System.nanoTime() % 1000));
        String url = uploadRaw(TestTokens.admin(), mp4, "video/mp4", "clip.mp4").path("url");
        String path = url.substring(BASE.length());

        Response part = anonymous().header("Range", "bytes=100-199").get(path);
        part.then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/" + mp4.length)
                .header("Content-Length", "100")
                .header("Content-Disposition", containsString("inline"));
        assertArrayEquals(Arrays.copyOfRange(mp4, 100, 200), part.asByteArray());
        Response tail = anonymous().header("Range", "bytes=-10").get(path);
        assertArrayEquals(Arrays.copyOfRange(mp4, mp4.length - 10, mp4.length), tail.asByteArray());
        anonymous()
                .header("Range", "bytes=" + mp4.length + "-")
                .get(path)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + mp4.length);

        String pdf =
                uploadRaw(TestTokens.admin(), MediaFixtures.pdf(), "application/pdf", "Report.pdf")
                        .path("url");
        anonymous()
                .get(pdf.substring(BASE.length()))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"report.pdf\"");
    }

    @Test
    void aFormUploadCarriesAltAndCaptionWhichAnEditorChanges() {
        String author = TestTokens.author("Former " + System.nanoTime());
        byte[] png = uniquePng();
        Response created =
                as(author)
                        .multiPart("file", "diagram.png", png, "image/png")
                        .multiPart("alt", "A diagram")
                        .multiPart("caption", "Figure 1")
                        .post("/api/v1/media");
        created.then()
                .statusCode(201)
                .body("alt", equalTo("A diagram"))
                .body("caption", equalTo("Figure 1"));
        String id = created.path("id");

        as(author)
                .contentType(ContentType.JSON)
                .body(Map.of("alt", "A better diagram", "caption", ""))
                .patch("/api/v1/media/" + id)
                .then()
                .statusCode(200)
                .body("alt", equalTo("A better diagram"))
                .body("caption", equalTo(null));
        as(TestTokens.author("Someone else " + System.nanoTime()))
                .contentType(ContentType.JSON)
                .body(Map.of("alt", "mine now"))
                .patch("/api/v1/media/" + id)
                .then()
                .statusCode(403);

        JsonPath list =
                as(TestTokens.reader())
                        .get("/api/v1/media?size=100")
                        .then()
                        .statusCode(200)
                        .header("X-Total-Count", notNullValue())
                        .header("Cache-Control", "private, no-store")
                        .extract()
                        .jsonPath();
        assertEquals(true, list.getList("items.id").contains(id));
        anonymous().get("/api/v1/media").then().statusCode(401);
        as(TestTokens.reader())
                .contentType("image/png")
                .body(png)
                .post("/api/v1/media")
                .then()
                .statusCode(403);
    }

    @Test
    void aFileInUseIsKeptUnlessForcedAndGoneAfterwards() {
        String admin = TestTokens.admin();
        Response created = uploadRaw(admin, uniquePng(), "image/png", "used.png");
        String id = created.path("id");
        String url = created.path("url");
        String slug =
                TestPosts.published("uses-media")
                        .with("contentHtml", "<p><img src=\"" + url + "\" alt=\"x\"></p>")
                        .create()
                        .getString("slug");

        as(admin)
                .get("/api/v1/media/" + id)
                .then()
                .statusCode(200)
                .body("usedBy.slug", hasItem(slug));
        as(admin)
                .delete("/api/v1/media/" + id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString(slug));
        as(admin).delete("/api/v1/media/" + id + "?force=true").then().statusCode(204);
        anonymous().get(url.substring(BASE.length())).then().statusCode(404);
        as(admin).get("/api/v1/media/" + id).then().statusCode(404);
    }

    @Test
    void wrongTypesUnsafeSvgsAndOversizedFilesAreProblems() {
        String admin = TestTokens.admin();
        uploadRaw(admin, "plain text, not an image".getBytes(), "image/png", "a.png")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON);
        uploadRaw(admin, uniquePng(), "image/jpeg", "a.jpg").then().statusCode(415);
        uploadRaw(admin, MediaFixtures.svg("<script>alert(1)</script>"), "image/svg+xml", "x.svg")
                .then()
                .statusCode(415)
                .body("detail", containsString("script"));
        uploadRaw(admin, new byte[0], "image/png", "empty.png").then().statusCode(422);

        byte[] big = MediaFixtures.mp4(3 * 1024 * 1024);
        uploadRaw(admin, big, "video/mp4", "big.mp4")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON);
        // Without a Content-Length, counted while it streams.
        as(admin)
                .contentType("video/mp4")
                .body(new java.io.ByteArrayInputStream(big))
                .post("/api/v1/media")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON);
    }
}
