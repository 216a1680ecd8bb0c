package dev.blogapi.common.http;

import static dev.blogapi.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bodies are counted as they stream, with or without Content-Length, and nobody's body is read
 * before the request is known to carry a token.
 */
@QuarkusTest
class RequestBodyLimitsTest {

    // %test.blog.max-body-bytes
    private static final int LIMIT = 65536;

    private static final String CHUNKED_POST =
            "POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Api.ADMIN_TOKEN
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n";

    @TestHTTPResource("/")
    URL server;

    @Test
    void answersAChunkedBodyOverTheLimitWith413AsSoonAsItPassesIt() throws IOException {
        String answer =
                exchange(CHUNKED_POST + "\r\n", "{\"title\":\"" + "a".repeat(LIMIT * 4), true);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("urn:blog-api:problem:payload-too-large"), answer);
        assertTrue(answer.contains("at most " + LIMIT + " bytes"), answer);
        assertFalse(answer.contains("StreamReadConstraints"), answer);
    }

    @Test
    void acceptsAChunkedBodyWithinTheLimit() throws IOException {
        String answer =
                exchange(
                        CHUNKED_POST + "Connection: close\r\n\r\n",
                        "{\"title\":\"" + Api.unique("Chunked") + "\",\"status\":\"draft\"}",
                        true);
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
    }

    @Test
    void answers401WithoutWaitingForTheBodyOfARequestWithoutAToken() throws IOException {
        // Announces ten megabytes and sends none: the answer must not wait for them.
        String answer =
                exchange(
                        "POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 10000000\r\n\r\n",
                        "",
                        false);
        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("WWW-Authenticate: Bearer"), answer);
    }

    @Test
    void answers401NotAParseErrorToABadTokenWithABadBody() {
        as("not-a-valid-token")
                .contentType(ContentType.JSON)
                .body("{\"title\": [[[ not json")
                .post("/api/v1/posts")
                .then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:blog-api:problem:unauthorized"));
    }

    @Test
    void answersARequestWithoutHostWith400Problem() throws IOException {
        String answer = exchange("GET /api/v1/posts HTTP/1.1\r\n\r\n", "", false);
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("Host header"), answer);
    }

    /** Sends a raw HTTP/1.1 request (the body chunked when asked) and reads what comes back. */
    private String exchange(String head, String body, boolean chunked) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                if (chunked) {
                    for (int at = 0; at < bytes.length; at += 8192) {
                        int length = Math.min(8192, bytes.length - at);
                        out.write(
                                (Integer.toHexString(length) + "\r\n")
                                        .getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes, at, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // The server answered and closed before the whole body was sent: read the answer.
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd > 0 && text.contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // Whatever arrived is the answer.
        }
        String text = answer.toString(StandardCharsets.UTF_8);
        assertFalse(text.isEmpty(), "no answer");
        assertEquals(-1, text.indexOf("Exception"), text);
        return text;
    }
}
