package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blogapi.Api;
import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random and malformed requests across every operation of {@code
 * openapi/openapi.yaml}: wrong types, huge and empty strings, invalid UTF-8, control characters,
 * deep nesting, SQL and HTML meta-characters, bogus headers. Whatever arrives, the service answers
 * with no 5xx, every 4xx is a problem document, a refused write changes nothing, and every feed
 * stays well-formed XML. Seeded: {@code -Dfuzz.seed=N} replays a failure.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);

    private static final String[] NASTY_STRINGS = {
        "",
        " ",
        "x",
        "' OR 1=1 --",
        "\"; DROP TABLE post; --",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "../../etc/passwd",
        "%",
        "%00",
        "%C3%28",
        "%FF%FE",
        "%E2%82",
        "\u0000",
        "\u0008\u001b[31m",
        "\uD83D\uDE00 emoji",
        "Ω≈ç√∫˜µ",
        "null",
        "true",
        "-1",
        "0",
        "99999999999999999999999",
        "1e400",
        "NaN",
        "2007-02-30T25:61:61Z",
        "urn:uuid:00000000-0000-0000-0000-000000000000",
        "00000000-0000-0000-0000-000000000000",
        "{}",
        "[]",
        "\\",
        "a".repeat(300),
        "b".repeat(5_000),
    };
    private static final String[] ACCEPTS = {
        "application/json",
        "application/problem+json",
        "*/*",
        "text/html",
        "application/xml",
        "image/png",
        "application/json;q=abc",
        "garbage",
        "",
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/merge-patch+json",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/plain",
        "application/json; charset=latin1",
        "multipart/form-data; boundary=x",
        "nonsense",
    };
    // What a problem document must never show: class names, library internals, stack frames.
    private static final String[] INTERNALS = {
        "Exception",
        "StreamReadConstraints",
        "com.fasterxml",
        "org.hibernate",
        "java.lang",
        "java.util",
        "jakarta.",
        "io.vertx",
        "io.quarkus",
        "SQLState",
        "\tat ",
    };
    private static final String[] TABLES = {
        "post", "category", "author", "api_token", "post_alias", "post_category",
    };

    record Operation(String method, String path, List<String> queryParameters) {}

    @TestHTTPResource("/")
    URL server;

    @Inject AgroalDataSource database;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    @Test
    void survivesTenThousandHostileRequests() throws Exception {
        List<Operation> operations = operationsOf(Path.of("openapi", "openapi.yaml"));
        assertTrue(operations.size() >= 25, "operations read from the document");
        String postId = TestPosts.published("fuzz target").create().getString("id");
        String categorySlug = TestCategories.create("Fuzz target");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;

        for (int i = 0; sent < REQUESTS && failures.size() < 10 && i < REQUESTS * 2; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            HttpRequest request;
            try {
                request = hostile(operation, random, postId, categorySlug);
            } catch (IllegalArgumentException refusedByTheClient) {
                continue; // a header value java.net.http will not send at all
            }
            boolean write = !operation.method().equals("GET") && !operation.method().equals("HEAD");
            String before = write ? fingerprint() : null;
            HttpResponse<byte[]> answer =
                    http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            sent++;
            String where =
                    "#" + i + " (seed " + SEED + ") " + request.method() + " " + request.uri();
            int status = answer.statusCode();
            if (status >= 500) {
                failures.add(where + " -> " + status + " " + body(answer));
            } else if (status >= 400 && !request.method().equals("HEAD")) {
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith(Api.PROBLEM_JSON)) {
                    failures.add(where + " -> " + status + " as '" + type + "' " + body(answer));
                }
                String text = body(answer);
                for (String internal : INTERNALS) {
                    if (text.contains(internal)) {
                        failures.add(
                                where + " -> " + status + " names '" + internal + "': " + text);
                    }
                }
                if (write && !before.equals(fingerprint())) {
                    failures.add(where + " -> " + status + " but the database changed");
                }
            }
        }
        assertTrue(sent == REQUESTS || !failures.isEmpty(), "only " + sent + " sent");
        failures.addAll(feedsThatAreNotWellFormed());
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    // Every feed there is after the storm: the site's and each category's and author's.
    private List<String> feedsThatAreNotWellFormed() throws Exception {
        List<String> feeds = new ArrayList<>(List.of("/feed.rss", "/feed.atom"));
        for (String kind : List.of("categories", "authors")) {
            for (String slug :
                    RestAssured.given()
                            .get("/api/v1/" + kind)
                            .jsonPath()
                            .getList("slug", String.class)) {
                feeds.add("/" + kind + "/" + slug + "/feed.rss");
                feeds.add("/" + kind + "/" + slug + "/feed.atom");
            }
        }
        List<String> broken = new ArrayList<>();
        for (String feed : feeds) {
            HttpResponse<byte[]> answer =
                    http.send(
                            HttpRequest.newBuilder(URI.create(url(feed))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                broken.add(feed + " -> " + answer.statusCode());
                continue;
            }
            try {
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(answer.body()));
            } catch (Exception e) {
                broken.add(feed + " is not well-formed XML: " + e.getMessage());
            }
        }
        return broken;
    }

    private HttpRequest hostile(Operation operation, Random random, String postId, String slug) {
        StringBuilder path = new StringBuilder();
        for (String segment : operation.path().split("/", -1)) {
            if (!path.isEmpty() || !segment.isEmpty()) {
                path.append('/');
            }
            path.append(
                    segment.startsWith("{") ? pathValue(segment, random, postId, slug) : segment);
        }
        List<String> query = new ArrayList<>();
        for (String name : operation.queryParameters()) {
            if (random.nextInt(3) == 0) {
                query.add(name + "=" + encode(pick(NASTY_STRINGS, random)));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add(
                    encode(pick(NASTY_STRINGS, random))
                            + "="
                            + encode(pick(NASTY_STRINGS, random)));
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(target))).timeout(Duration.ofSeconds(30));
        switch (random.nextInt(4)) {
            case 0 -> request.header("Authorization", "Bearer " + Api.ADMIN_TOKEN);
            case 1 ->
                    request.header(
                            "Authorization",
                            pick(
                                    new String[] {
                                        "Bearer",
                                        "Basic abc",
                                        "Bearer " + pick(NASTY_STRINGS, random).strip()
                                    },
                                    random));
            default -> {}
        }
        String accept = pick(ACCEPTS, random);
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        if (random.nextInt(4) == 0) {
            String header =
                    pick(
                            new String[] {
                                "If-Match",
                                "If-None-Match",
                                "If-Modified-Since",
                                "Idempotency-Key",
                                "X-Forwarded-For"
                            },
                            random);
            request.header(header, pick(NASTY_STRINGS, random).strip());
        }
        byte[] body = body(operation, random);
        String method = random.nextInt(50) == 0 ? "HEAD" : operation.method();
        if (body == null || method.equals("HEAD")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", pick(CONTENT_TYPES, random));
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return request.build();
    }

    private static String pathValue(String parameter, Random random, String postId, String slug) {
        int choice = random.nextInt(6);
        if (choice == 0) {
            return parameter.equals("{id}") ? postId : slug;
        }
        if (choice == 1 && parameter.startsWith("{format")) {
            return pick(new String[] {"rss", "atom", "json", "xml", "RSS", ""}, random);
        }
        return encode(pick(NASTY_STRINGS, random));
    }

    private static byte[] body(Operation operation, Random random) {
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return random.nextInt(10) == 0
                    ? "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8)
                    : null;
        }
        return switch (random.nextInt(9)) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(random, random.nextInt(2_000));
            case 2 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            case 3 ->
                    ("{\"title\":\"" + "t".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> invalidUtf8Json();
            case 5 -> xmlAttack(random);
            default -> jsonWithHostileFields(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String jsonWithHostileFields(Random random) {
        String[] fields = {
            "title", "slug", "status", "publishedAt", "author", "categories", "contentHtml",
            "contentMarkdown", "excerpt", "guid", "name", "description", "role", "version",
            "posts", "extra"
        };
        StringBuilder json = new StringBuilder("{");
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(pick(fields, random)).append("\":").append(jsonValue(random));
        }
        return json.append(random.nextInt(20) == 0 ? "" : "}").toString();
    }

    private static String jsonValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> pick(new String[] {"true", "false", "null", "1.5e308", "-0"}, random);
            case 2 -> "[" + jsonString(random) + "," + random.nextInt() + "]";
            case 3 -> "{\"nested\":" + jsonString(random) + "}";
            case 4 -> "\"published\"";
            default -> jsonString(random);
        };
    }

    private static String jsonString(Random random) {
        String raw = pick(NASTY_STRINGS, random);
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.append('"').toString();
    }

    private static byte[] invalidUtf8Json() {
        byte[] prefix = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {
            (byte) 0xC3,
            (byte) 0x28,
            (byte) 0xFF,
            (byte) 0xFE,
            (byte) 0xED,
            (byte) 0xA0,
            (byte) 0x80
        };
        byte[] suffix = "\",\"status\":\"draft\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(bad, 0, all, prefix.length, bad.length);
        System.arraycopy(suffix, 0, all, prefix.length + bad.length, suffix.length);
        return all;
    }

    private static byte[] xmlAttack(Random random) {
        String[] documents = {
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><title>&c;</title></channel></rss>",
            "<rss version=\"2.0\"><channel><title>unclosed",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>"
                    + "<b>".repeat(2_000)
                    + "</title></entry></feed>",
            "<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link><description>d</description><item><title>\u0008</title><pubDate>yesterday</pubDate></item></channel></rss>",
        };
        return pick(documents, random).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Counts of every table a write could touch, and the posts' versions. */
    private String fingerprint() throws SQLException {
        StringBuilder state = new StringBuilder();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = statement.executeQuery("select count(*) from " + table)) {
                    row.next();
                    state.append(table).append('=').append(row.getLong(1)).append(' ');
                }
            }
            try (ResultSet row =
                    statement.executeQuery("select coalesce(sum(version), 0) from post")) {
                row.next();
                state.append("versions=").append(row.getLong(1));
            }
        }
        return state.toString();
    }

    private static List<Operation> operationsOf(Path document) throws IOException {
        JsonNode paths = new YAMLMapper().readTree(document.toFile()).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                    ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete")
                        .contains(operation.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("in").asText().equals("query")) {
                        query.add(parameter.path("name").asText());
                    }
                }
                operations.add(
                        new Operation(operation.getKey().toUpperCase(), path.getKey(), query));
            }
        }
        return operations;
    }

    private String url(String target) {
        return "http://" + server.getHost() + ":" + server.getPort() + target;
    }

    private static String encode(String value) {
        // Keep deliberate %-escapes (some are invalid UTF-8 on purpose); escape everything else.
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~%".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String body(HttpResponse<byte[]> answer) {
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
