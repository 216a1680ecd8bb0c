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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    // Conditional headers as real clients and broken ones send them: empty, garbage, future dates.
    private static final String[] CONDITIONAL_VALUES = {
        "",
        " ",
        "garbage",
        "Tue, 01 Jan 2999 00:00:00 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Mon, 32 Foo 2020 25:61:61 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "0",
        "-1",
        "*",
        "W/\"x\"",
        "\"unterminated",
        "\"a\", W/\"b\", *",
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

    /**
     * Every method on every documented path, anonymous and with a token: a method the path serves
     * is never a 405, one it does not serve is a 405 (never a 401) whose Allow names exactly the
     * documented methods, and OPTIONS lists the same.
     */
    @Test
    void everyMethodOnEveryPathIsServedOrA405NamingWhatIs() throws Exception {
        String postId = TestPosts.published("methods target").create().getString("id");
        Map<String, Set<String>> documented = methodsByPath(Path.of("openapi", "openapi.yaml"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Set<String>> path : documented.entrySet()) {
            String target = concrete(path.getKey(), postId);
            Set<String> allowed = new TreeSet<>(path.getValue());
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            allowed.add("OPTIONS");
            for (String method :
                    List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")) {
                for (boolean token : new boolean[] {false, true}) {
                    HttpRequest.Builder request =
                            HttpRequest.newBuilder(URI.create(url(target)))
                                    .method(method, HttpRequest.BodyPublishers.noBody());
                    if (token) {
                        request.header("Authorization", "Bearer " + Api.ADMIN_TOKEN);
                    }
                    HttpResponse<byte[]> answer =
                            http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    String where = method + " " + target + (token ? " (token)" : "");
                    Set<String> allow = allowOf(answer);
                    if (answer.statusCode() >= 500) {
                        failures.add(where + " -> " + answer.statusCode());
                    } else if (allowed.contains(method) && answer.statusCode() == 405) {
                        failures.add(where + " -> 405 although documented");
                    } else if (!allowed.contains(method) && answer.statusCode() != 405) {
                        failures.add(where + " -> " + answer.statusCode() + ", expected 405");
                    } else if (answer.statusCode() == 405 && !allow.equals(allowed)) {
                        failures.add(where + " -> 405 with Allow " + allow + ", not " + allowed);
                    } else if (method.equals("OPTIONS") && !allow.equals(allowed)) {
                        failures.add(where + " -> Allow " + allow + ", not " + allowed);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /**
     * Create, read, patch, delete, read again, for every kind of thing a client writes, with the
     * fields' values taken from the hostile lists: each step is a 2xx or a 4xx problem, and what
     * was deleted stays gone.
     */
    @Test
    void statefulSequencesNeverFail() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            String collection = pick(new String[] {"posts", "pages", "categories", "tags"}, random);
            String name = Api.unique("seq") + pick(NASTY_STRINGS, random).replace("\u0000", "");
            String created =
                    "{\"title\": "
                            + quoted(name)
                            + ", \"name\": "
                            + quoted(name)
                            + ", \"status\": \"published\"}";
            if (collection.equals("categories") || collection.equals("tags")) {
                created = "{\"name\": " + quoted(name) + "}";
            }
            HttpResponse<byte[]> answer = send("POST", "/api/v1/" + collection, created);
            check(failures, "create " + collection, answer);
            if (answer.statusCode() != 201) {
                continue;
            }
            JsonNode body = new YAMLMapper().readTree(answer.body());
            String key =
                    collection.equals("categories") || collection.equals("tags")
                            ? encode(body.path("slug").asText())
                            : body.path("id").asText();
            String item = "/api/v1/" + collection + "/" + key;
            check(failures, "read " + item, send("GET", item, null));
            String change = "{\"description\": " + jsonString(random) + "}";
            String title =
                    "{\"title\": "
                            + jsonString(random)
                            + ", \"excerpt\": "
                            + jsonValue(random)
                            + "}";
            check(
                    failures,
                    "change " + item,
                    collection.equals("categories")
                            ? send(
                                    "PUT",
                                    item,
                                    "{\"name\": "
                                            + quoted(name)
                                            + ", \"description\": "
                                            + jsonString(random)
                                            + "}")
                            : collection.equals("tags")
                                    ? send("PUT", item, "{\"name\": " + jsonString(random) + "}")
                                    : send("PATCH", item, random.nextBoolean() ? title : change));
            check(failures, "delete " + item, send("DELETE", item, null));
            HttpResponse<byte[]> gone = send("GET", item, null);
            if (gone.statusCode() != 404) {
                failures.add("read after delete " + item + " -> " + gone.statusCode());
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** What a property-based tester driven by the document found, each now a fixed case. */
    @Test
    void findingsOfThePropertyBasedTester() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String since : new String[] {"", "garbage", "Tue, 01 Jan 2999 00:00:00 GMT"}) {
            for (String method : new String[] {"GET", "HEAD"}) {
                HttpResponse<byte[]> feed =
                        http.send(
                                HttpRequest.newBuilder(URI.create(url("/feed.rss")))
                                        .method(method, HttpRequest.BodyPublishers.noBody())
                                        .header("If-Modified-Since", since)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                if (feed.statusCode() != 200) {
                    failures.add(
                            method
                                    + " /feed.rss If-Modified-Since '"
                                    + since
                                    + "' -> "
                                    + feed.statusCode());
                }
            }
        }
        String export =
                "{\"format\": \"blog-api-export\", \"version\": 1, \"authors\": [], \"categories\": [], \"posts\": [null]}";
        for (String target : new String[] {"/api/v1/import", "/api/v1/import/export"}) {
            HttpResponse<byte[]> answer = send("POST", target, export);
            if (answer.statusCode() != 400 && answer.statusCode() != 422) {
                failures.add("POST " + target + " posts:[null] -> " + answer.statusCode());
            }
        }
        HttpResponse<byte[]> surrogateKey =
                send(
                        "POST",
                        "/api/v1/import/ghost",
                        "{\"db\": [{\"data\": {\"posts\": [], \"\\ud83d\\ude00\": 1}}]}");
        if (surrogateKey.statusCode() != 200) {
            failures.add(
                    "an escaped surrogate pair in a key -> "
                            + surrogateKey.statusCode()
                            + " "
                            + body(surrogateKey));
        }
        String post = TestPosts.published("strict fields").create().getString("id");
        String etag = RestAssured.given().get("/api/v1/posts/" + post).header("ETag");
        HttpResponse<byte[]> emptyDate =
                send("PATCH", "/api/v1/posts/" + post, "{\"publishedAt\": \"\"}", etag);
        if (emptyDate.statusCode() != 400) {
            failures.add("publishedAt \"\" -> " + emptyDate.statusCode());
        }
        String exportWithIntegerFlag =
                RestAssured.given()
                        .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                        .get("/api/v1/export")
                        .asString()
                        .replace("\"excerptDerived\":true", "\"excerptDerived\":1")
                        .replace("\"excerptDerived\":false", "\"excerptDerived\":0");
        HttpResponse<byte[]> integerFlag =
                send("POST", "/api/v1/import/export?dryRun=true", exportWithIntegerFlag);
        if (integerFlag.statusCode() != 400) {
            failures.add("excerptDerived: 1 -> " + integerFlag.statusCode());
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private HttpResponse<byte[]> send(String method, String target, String json, String... ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(target)))
                        .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                        .timeout(Duration.ofSeconds(30));
        if (ifMatch.length > 0) {
            request.header("If-Match", ifMatch[0]);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header(
                    "Content-Type",
                    method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void check(List<String> failures, String step, HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 || status >= 400 && !type.startsWith(Api.PROBLEM_JSON)) {
            failures.add(step + " -> " + status + " " + type + " " + body(answer));
        }
    }

    private static String quoted(String text) {
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
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

    private static Set<String> allowOf(HttpResponse<?> answer) {
        Set<String> methods = new TreeSet<>();
        answer.headers()
                .allValues("Allow")
                .forEach(
                        value -> {
                            for (String method : value.split(",")) {
                                if (!method.isBlank()) {
                                    methods.add(method.strip());
                                }
                            }
                        });
        return methods;
    }

    private static String concrete(String template, String postId) {
        return template.replace("{id}", postId)
                .replace("{slug}", "no-such-slug")
                .replace("{format}", "rss")
                .replace("{previewId}", "00000000-0000-0000-0000-000000000000")
                .replace("{token}", "preview_unknown")
                .replace("{name}", "pages-1")
                .replace("{sha256}", "0".repeat(64))
                .replace("{filename}", "missing.png");
    }

    private static Map<String, Set<String>> methodsByPath(Path document) throws IOException {
        Map<String, Set<String>> methods = new TreeMap<>();
        for (Operation operation : operationsOf(document)) {
            methods.computeIfAbsent(operation.path(), path -> new TreeSet<>())
                    .add(operation.method());
        }
        return methods;
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
                                "X-Forwarded-For",
                                "X-Post-Password"
                            },
                            random);
            request.header(header, pick(NASTY_STRINGS, random).strip());
        }
        if (random.nextInt(3) == 0) {
            request.header(
                    pick(new String[] {"If-Modified-Since", "If-None-Match", "If-Match"}, random),
                    pick(CONDITIONAL_VALUES, random));
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
            "posts", "authors", "tags", "aliases", "excerptDerived", "visibility", "password",
            "\\ud83d\\ude00", "extra"
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
        return switch (random.nextInt(10)) {
            case 7 -> pick(new String[] {"[null]", "[null, null]", "[{}, null]", "[[]]"}, random);
            case 8 ->
                    pick(
                            new String[] {
                                "\"\\ud83d\\ude00\"",
                                "[\"\\ud83d\\ude00\", null]",
                                "{\"\\ud83d\\ude00\": 1}",
                                "\"\\ud83d\"",
                                "\"\\ude00\\ud83d\""
                            },
                            random);
            case 9 -> "\"\"";
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> pick(new String[] {"true", "false", "null", "1.5e308", "-0"}, random);
            case 2 -> "[" + jsonString(random) + "," + random.nextInt() + "]";
            case 3 -> "{\"nested\":" + jsonString(random) + "}";
            case 4 -> "\"published\"";
            default -> jsonString(random);
        };
    }

    private static String jsonString(Random random) {
        return quoted(pick(NASTY_STRINGS, random));
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
