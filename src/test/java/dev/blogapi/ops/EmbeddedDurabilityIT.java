package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default (embedded PostgreSQL) mode as an operator meets it: killed, stopped and restarted on
 * the same data directory, it keeps every write it acknowledged.
 */
class EmbeddedDurabilityIT {

    private final List<PackagedService> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (PackagedService service : started) {
            service.process().destroy();
            service.process().waitFor(40, TimeUnit.SECONDS);
            service.process().destroyForcibly();
        }
    }

    @Test
    void comesBackAfterSigkillWithEveryAcknowledgedPost() throws Exception {
        Path dataDir = Files.createTempDirectory("blog-crash");
        PackagedService first = start("embedded-crash-1", dataDir);
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> created = first.createPost("Crash survivor " + i);
            assertEquals(201, created.statusCode(), created.body());
            acknowledged.add(PackagedService.idOf(created.body()));
        }
        long postmaster = postmasterPid(dataDir);

        // Everything the service started dies with it, so the database is a true orphan.
        first.process().descendants().forEach(ProcessHandle::destroyForcibly);
        first.process().destroyForcibly();
        first.process().waitFor();
        assertTrue(ProcessHandle.of(postmaster).isPresent(), "PostgreSQL left running");

        PackagedService second = start("embedded-crash-2", dataDir);
        for (String id : acknowledged) {
            assertEquals(200, second.send(second.request("/api/v1/posts/" + id)).statusCode());
        }
        assertFalse(
                ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                "the orphaned PostgreSQL was stopped");
    }

    @Test
    void theDatabaseDiesWithItsJavaProcess() throws Exception {
        Path dataDir = Files.createTempDirectory("blog-orphan");
        PackagedService service = start("embedded-orphan", dataDir);
        long postmaster = postmasterPid(dataDir);
        service.process().destroyForcibly();
        service.process().waitFor();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
            assertTrue(System.nanoTime() < deadline, "PostgreSQL outlived its java process");
            Thread.sleep(100); // polling interval: the loop waits for the process to go
        }
    }

    @Test
    void embeddedServerSyncsToDiskAndNeedsAPassword() throws Exception {
        Path dataDir = Files.createTempDirectory("blog-durable");
        start("embedded-durable", dataDir);
        String url = "jdbc:postgresql://localhost:" + postmasterPort(dataDir) + "/postgres";

        assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection(url, "postgres", "").close(),
                "no password, no connection");

        Path passwordFile = dataDir.resolve("postgres.password");
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", Files.readString(passwordFile).strip());
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement()) {
            assertEquals("on", setting(statement, "fsync"));
            assertEquals("on", setting(statement, "full_page_writes"));
            assertEquals("on", setting(statement, "synchronous_commit"));
            assertEquals("localhost", setting(statement, "listen_addresses"));
        }
    }

    @Test
    void sigtermDuringWritesFinishesThemAndLosesNone() throws Exception {
        Path dataDir = Files.createTempDirectory("blog-sigterm");
        PackagedService first = start("embedded-sigterm-1", dataDir);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            loops.add(
                    writers.submit(
                            () -> {
                                for (int i = 0; ; i++) {
                                    HttpResponse<String> answer;
                                    try {
                                        answer =
                                                first.createPost("Writer " + writer + " post " + i);
                                    } catch (IOException e) {
                                        return null; // the service has closed its port
                                    }
                                    if (answer.statusCode() == 201) {
                                        acknowledged.add(PackagedService.idOf(answer.body()));
                                    } else if (answer.statusCode() >= 500) {
                                        serverErrors.add(answer.statusCode() + " " + answer.body());
                                    }
                                }
                            }));
        }
        while (acknowledged.size() < 40) {
            Thread.sleep(20); // polling interval: the loop waits for acknowledged writes
        }
        first.process().destroy();
        for (Future<?> loop : loops) {
            loop.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        int exit = first.process().waitFor();
        assertTrue(exit == 0 || exit == 143, "stopped by its own shutdown: exit " + exit);
        assertEquals(List.of(), serverErrors, "no write failed with a server error");

        PackagedService second = start("embedded-sigterm-2", dataDir);
        for (String id : acknowledged) {
            assertEquals(
                    200,
                    second.send(second.request("/api/v1/posts/" + id)).statusCode(),
                    "acknowledged post " + id);
        }
    }

    private PackagedService start(String name, Path dataDir) throws Exception {
        PackagedService service =
                PackagedService.launch(name, Map.of("BLOG_DATA_DIR", dataDir.toString()));
        started.add(service);
        return service.awaitReady();
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    // postmaster.pid: the PID on line 1, the port on line 4.
    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(postmasterLine(dataDir, 0));
    }

    private static int postmasterPort(Path dataDir) throws IOException {
        return Integer.parseInt(postmasterLine(dataDir, 3));
    }

    private static String postmasterLine(Path dataDir, int line) throws IOException {
        return Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .get(line)
                .strip();
    }
}
