package dev.blogapi.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads into the library from a server on this machine (allowed in the tests through
 * BLOG_IMPORT_FETCH_ALLOW=127.0.0.1): redirects followed up to three, checked as uploads are.
 */
@QuarkusTest
class MediaFetcherTest {

    @Inject MediaFetcher fetcher;

    private HttpServer server;
    private final byte[] png = MediaFixtures.uniquePng(13, 3 + (int) (System.nanoTime() % 400));

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/uploads/2007/06/heron.png",
                exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                    exchange.close();
                });
        for (int hop = 1; hop <= 4; hop++) {
            String next = hop == 1 ? "/uploads/2007/06/heron.png" : "/hop" + (hop - 1);
            server.createContext(
                    "/hop" + hop,
                    exchange -> {
                        exchange.getResponseHeaders().add("Location", next);
                        exchange.sendResponseHeaders(302, -1);
                        exchange.close();
                    });
        }
        server.createContext(
                "/page.html",
                exchange -> {
                    byte[] html = "<html><script>alert(1)</script></html>".getBytes();
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, html.length);
                    exchange.getResponseBody().write(html);
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aFileIsStoredOnceThroughRedirectsAndChecked() {
        MediaFetcher.Fetched direct = fetcher.fetch(at("/uploads/2007/06/heron.png"), false);
        assertNull(direct.failure());
        assertEquals("image/png", direct.item().contentType());
        assertEquals("heron.png", direct.item().filename());

        MediaFetcher.Fetched redirected = fetcher.fetch(at("/hop3"), false);
        assertNull(redirected.failure(), "three redirects are followed");
        assertEquals(direct.item().sha256(), redirected.item().sha256(), "stored once");

        assertTrue(fetcher.fetch(at("/hop4"), false).failure().contains("redirected more than 3"));
        assertTrue(fetcher.fetch(at("/missing.png"), false).failure().contains("404"));
        assertNotNull(fetcher.fetch(at("/page.html"), false).failure(), "not an accepted type");
        assertTrue(
                fetcher.fetch(URI.create("ftp://127.0.0.1/x.png"), false)
                        .failure()
                        .contains("http"));
    }

    @Test
    void internalAddressesNotListedAreRefusedBeforeAnyRequest() {
        MediaFetcher.Fetched metadata =
                fetcher.fetch(URI.create("http://169.254.169.254/latest/meta-data/"), false);
        assertTrue(metadata.failure().contains("internal address"), metadata.failure());
        MediaFetcher.Fetched local = fetcher.fetch(URI.create("http://localhost:9/x.png"), false);
        assertNotNull(local.failure());
    }
}
