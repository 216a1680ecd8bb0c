package dev.blogapi.importer;

import com.sun.net.httpserver.HttpServer;
import dev.blogapi.media.MediaFixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A moved blog's old server, on loopback: any path ending in .jpg, .jpeg, .png, .gif or .pdf
 * answers a real file of that type whose bytes depend on the path (the same path, the same bytes);
 * a path with "gone" in it, and any other, answers 404. Counts the requests.
 */
final class OldBlogServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    OldBlogServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    String path = exchange.getRequestURI().getPath();
                    hits.merge(path, 1, Integer::sum);
                    byte[] file = path.contains("gone") ? null : fileAt(path);
                    if (file == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        exchange.sendResponseHeaders(200, file.length);
                        exchange.getResponseBody().write(file);
                    }
                    exchange.close();
                });
        server.start();
    }

    /** The file the server answers at {@code path}, or null for a 404. */
    static byte[] fileAt(String path) {
        int code = Math.abs(path.hashCode());
        String ending = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        switch (ending) {
            case "jpg":
            case "jpeg":
                return MediaFixtures.image("jpg", 8 + code % 97, 8 + code / 97 % 89);
            case "png":
                return MediaFixtures.image("png", 8 + code % 97, 8 + code / 97 % 89);
            case "gif":
                return MediaFixtures.image("gif", 8 + code % 97, 8 + code / 97 % 89);
            case "pdf":
                byte[] pdf = MediaFixtures.pdf();
                byte[] named = ("%" + path + "\n").getBytes(StandardCharsets.US_ASCII);
                byte[] both = new byte[pdf.length + named.length];
                System.arraycopy(pdf, 0, both, 0, pdf.length);
                System.arraycopy(named, 0, both, pdf.length, named.length);
                return both;
            default:
                return null;
        }
    }

    /** The server's address, without a trailing slash. */
    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests all paths have had. */
    int requests() {
        return hits.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
