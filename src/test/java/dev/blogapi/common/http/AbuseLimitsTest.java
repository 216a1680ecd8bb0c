package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a hostile client meets: throttled token guessing, bounded request heads, idle cut-offs. */
@QuarkusTest
@TestProfile(AbuseLimitsTest.TightLimits.class)
class AbuseLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "blog.auth-max-failures-per-minute", "5",
                    "blog.http-idle-timeout", "2S");
        }
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void throttlesAnAddressThatKeepsSendingBadTokens() throws IOException {
        for (int i = 0; i < 5; i++) {
            as("guess-" + i).get("/api/v1/tokens").then().statusCode(401);
        }
        as("guess-6")
                .get("/api/v1/tokens")
                .then()
                .statusCode(429)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:blog-api:problem:too-many-requests"))
                .header("Retry-After", notNullValue());
        // Readers without a token are not affected, and the admin token works from elsewhere.
        anonymous().get("/api/v1/posts").then().statusCode(200);
        String fromElsewhere =
                rawRequest(
                        InetAddress.getByName("127.0.0.2"),
                        "GET /api/v1/tokens HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                + Api.ADMIN_TOKEN
                                + "\r\nConnection: close\r\n\r\n");
        assertTrue(fromElsewhere.startsWith("HTTP/1.1 200"), fromElsewhere);
    }

    @Test
    void answersAnOverlongUriWith414Problem() {
        anonymous()
                .get("/api/v1/posts?q=" + "x".repeat(20_000))
                .then()
                .statusCode(414)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:blog-api:problem:uri-too-long"));
    }

    @Test
    void answersAHugeHeaderWith431Problem() {
        anonymous()
                .header("X-Padding", "y".repeat(100_000))
                .get("/api/v1/posts")
                .then()
                .statusCode(431)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:blog-api:problem:headers-too-large"));
    }

    @Test
    void closesAHalfSentRequestAfterTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(
                            "GET /api/v1/posts HTTP/1.1\r\nHost: x\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // Whatever the server says before closing does not matter here.
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 10, "closed after " + seconds + " s");
        }
    }

    private String rawRequest(InetAddress from, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort(), from, 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer =
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(from, socket.getLocalAddress());
            return answer;
        }
    }
}
