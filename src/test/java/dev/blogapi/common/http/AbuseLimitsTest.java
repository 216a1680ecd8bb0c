package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
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

    // Each throttle test speaks from its own loopback address, so their failures never add up.

    @Test
    void throttlesAnAddressThatKeepsSendingBadTokens() throws IOException {
        InetAddress guesser = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, statusFrom(guesser, "/api/v1/tokens", "guess-" + i));
        }
        String refused = rawGet(guesser, "/api/v1/tokens", "guess-6");
        assertTrue(refused.startsWith("HTTP/1.1 429"), refused);
        assertTrue(refused.toLowerCase().contains("retry-after:"), refused);
        assertTrue(refused.contains("urn:blog-api:problem:too-many-requests"), refused);
        // Readers without a token are not affected.
        assertEquals(200, statusFrom(guesser, "/api/v1/posts", null));
    }

    @Test
    void aValidTokenIsNeverLockedOutByAStrangersFailures() throws IOException {
        InetAddress shared = InetAddress.getByName("127.0.0.3");
        for (int i = 0; i < 100; i++) {
            statusFrom(shared, "/api/v1/tokens", "stranger-" + i);
        }
        assertEquals(429, statusFrom(shared, "/api/v1/tokens", "stranger-again"));
        assertEquals(200, statusFrom(shared, "/api/v1/tokens", Api.ADMIN_TOKEN));
        assertEquals(429, statusFrom(shared, "/api/v1/tokens", "stranger-after"));
    }

    @Test
    void aForgedForwardedForIsIgnoredWithoutATrustedProxy() throws IOException {
        // Were X-Forwarded-For or Forwarded believed, each guess would count for another address.
        InetAddress forger = InetAddress.getByName("127.0.0.4");
        for (int i = 0; i < 5; i++) {
            String forged =
                    "X-Forwarded-For: 203.0.113." + i + "\r\nForwarded: for=198.51.100." + i;
            assertEquals(401, statusFrom(forger, "/api/v1/tokens", "forged-" + i, forged));
        }
        assertEquals(
                429,
                statusFrom(forger, "/api/v1/tokens", "forged-last", "X-Forwarded-For: 192.0.2.77"));
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

    private int statusFrom(InetAddress from, String path, String token, String... headers)
            throws IOException {
        String answer = rawGet(from, path, token, headers);
        return Integer.parseInt(answer.substring(9, 12));
    }

    private String rawGet(InetAddress from, String path, String token, String... headers)
            throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: x\r\n");
        if (token != null) {
            request.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return rawRequest(from, request.append("Connection: close\r\n\r\n").toString());
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
