package dev.blogapi.export;

import static dev.blogapi.Api.PROBLEM_JSON;
import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.auth.TestTokens;
import dev.blogapi.media.MediaFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The export lists the media library, the bundle carries the files, and a restore brings back files
 * that were deleted, checked as uploads are.
 */
@QuarkusTest
class ExportBundleTest {

    private static final String BASE = "https://blog.test";

    @Test
    void aBundleBringsBackDeletedFilesWithTheirDescriptions() throws Exception {
        String admin = TestTokens.admin();
        byte[] png = MediaFixtures.uniquePng(11 + (int) (System.nanoTime() % 300), 7);
        Response uploaded =
                as(admin)
                        .contentType("image/png")
                        .header("Content-Disposition", "attachment; filename=\"bundled.png\"")
                        .queryParam("alt", "A bundled image")
                        .body(png)
                        .post("/api/v1/media");
        uploaded.then().statusCode(201);
        String id = uploaded.path("id");
        String sha256 = uploaded.path("sha256");
        String path = ((String) uploaded.path("url")).substring(BASE.length());

        as(admin)
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .body("media.sha256", hasItem(sha256));
        Response bundle = as(admin).get("/api/v1/export?media=true");
        bundle.then().statusCode(200).contentType("application/zip");
        Map<String, byte[]> entries = unzip(bundle.asByteArray());
        assertTrue(entries.containsKey("export.json"), entries.keySet().toString());
        assertArrayEquals(png, entries.get("media/" + sha256 + "/bundled.png"));

        as(admin).delete("/api/v1/media/" + id + "?force=true").then().statusCode(204);
        anonymous().get(path).then().statusCode(404);

        restore(admin, bundle.asByteArray(), true)
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true));
        anonymous().get(path).then().statusCode(404);

        restore(admin, bundle.asByteArray(), false)
                .then()
                .statusCode(200)
                .body("media.created", equalTo(1))
                .body("media.missing.size()", equalTo(0));
        assertArrayEquals(png, anonymous().get(path).asByteArray());
        as(admin)
                .get("/api/v1/media/" + id)
                .then()
                .statusCode(200)
                .body("alt", equalTo("A bundled image"));

        restore(admin, bundle.asByteArray(), false)
                .then()
                .statusCode(200)
                .body("media.created", equalTo(0));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsListedMissing() throws Exception {
        String admin = TestTokens.admin();
        byte[] png = MediaFixtures.uniquePng(5, 9 + (int) (System.nanoTime() % 300));
        Response uploaded = as(admin).contentType("image/png").body(png).post("/api/v1/media");
        String id = uploaded.path("id");
        String sha256 = uploaded.path("sha256");
        Map<String, byte[]> entries =
                unzip(as(admin).get("/api/v1/export?media=true").asByteArray());
        as(admin).delete("/api/v1/media/" + id + "?force=true").then().statusCode(204);

        String name = "media/" + sha256 + "/file.png";
        entries.put(name, MediaFixtures.image("png", 4, 4));
        restore(admin, zip(entries), false)
                .then()
                .statusCode(200)
                .body("media.missing", hasItem(containsString(sha256)))
                .body("media.missing", hasItem(containsString("SHA-256")));
        as(admin).get("/api/v1/media/" + id).then().statusCode(404);

        as(admin)
                .contentType("application/zip")
                .body("not a zip".getBytes())
                .post("/api/v1/import/bundle")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    private static Response restore(String token, byte[] bundle, boolean dryRun) {
        return as(token)
                .contentType("application/zip")
                .queryParam("dryRun", dryRun)
                .body(bundle)
                .post("/api/v1/import/bundle");
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
