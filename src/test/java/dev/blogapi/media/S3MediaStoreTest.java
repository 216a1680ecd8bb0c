package dev.blogapi.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server: S3Proxy's runnable jar from Maven Central
 * (copied to target/s3proxy by the build), started as its own process on a free loopback port,
 * keeping its objects in a folder and checking AWS signatures, spoken to by the AWS SDK as MinIO or
 * AWS would be. Two stores with their own clients stand for two instances sharing one library.
 */
class S3MediaStoreTest {

    private static final String ACCESS = "blog-access";
    private static final String SECRET = "blog-secret-0123456789";
    private static final String BUCKET = "blog-media";

    @TempDir static Path folder;
    private static Process server;
    private static String endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        assertTrue(Files.isRegularFile(jar), "the build copies S3Proxy to " + jar);
        int port;
        try (ServerSocket free = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        endpoint = "http://127.0.0.1:" + port;
        Path objects = Files.createDirectories(folder.resolve("objects"));
        Path settings =
                Files.writeString(
                        folder.resolve("s3proxy.properties"),
                        String.join(
                                "\n",
                                "s3proxy.endpoint=" + endpoint,
                                "s3proxy.authorization=aws-v2-or-v4",
                                "s3proxy.identity=" + ACCESS,
                                "s3proxy.credential=" + SECRET,
                                "jclouds.provider=filesystem",
                                "jclouds.filesystem.basedir=" + objects));
        server =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                jar.toString(),
                                "--properties",
                                settings.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(folder.resolve("s3proxy.log").toFile())
                        .start();
        awaitListening(port);
        try (S3Client client = client()) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
    }

    private static void awaitListening(int port) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (java.io.IOException notYet) {
                assertTrue(server.isAlive(), "S3Proxy stopped; see its log in " + folder);
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within 30 s");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static S3Client client() {
        return S3MediaStore.client(
                Optional.of(endpoint), "us-east-1", Optional.of(ACCESS), Optional.of(SECRET), true);
    }

    @Test
    void oneInstanceStoresWhatAnotherReadsInRangesListsAndDeletes() throws Exception {
        S3MediaStore writer = new S3MediaStore(client(), BUCKET);
        S3MediaStore reader = new S3MediaStore(client(), BUCKET);
        String sha256 = "a".repeat(64);
        byte[] bytes = "0123456789 the bytes of a file".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("upload.part"), bytes);

        writer.put(sha256, file, "application/pdf");
        writer.put(sha256, file, "application/pdf"); // the same bytes again: nothing changes

        try (InputStream whole = reader.open(sha256, 0, bytes.length)) {
            assertArrayEquals(bytes, whole.readAllBytes());
        }
        try (InputStream range = reader.open(sha256, 4, 3)) {
            assertEquals("456", new String(range.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(reader.localPath(sha256).isEmpty(), "served through the JVM, not sendfile");
        assertTrue(
                reader.list().stream().anyMatch(stored -> stored.sha256().equals(sha256)),
                "listed for the orphan sweep");

        reader.delete(sha256);
        assertFalse(writer.list().stream().anyMatch(stored -> stored.sha256().equals(sha256)));
        assertThrows(FileNotFoundException.class, () -> writer.open(sha256, 0, 1).read());
    }

    @Test
    void wrongKeysAreRefusedNotIgnored() throws Exception {
        S3MediaStore stranger =
                new S3MediaStore(
                        S3MediaStore.client(
                                Optional.of(endpoint),
                                "us-east-1",
                                Optional.of(ACCESS),
                                Optional.of("not-the-secret"),
                                true),
                        BUCKET);
        Path file = Files.write(folder.resolve("stranger.part"), new byte[] {1, 2, 3});
        assertThrows(
                java.io.IOException.class, () -> stranger.put("b".repeat(64), file, "image/png"));
    }
}
