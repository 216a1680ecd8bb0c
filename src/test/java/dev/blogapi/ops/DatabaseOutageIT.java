package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service on an external PostgreSQL that goes away and comes back: a throw-away server on a
 * spare loopback port (never the machine's own), stopped, restarted and frozen under the running
 * jar. One scenario, because each step starts from the state the previous one left.
 */
class DatabaseOutageIT {

    private static final Duration BOUND = Duration.ofSeconds(15);

    private static Path dataDir;
    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static PackagedService service;

    @BeforeAll
    static void startDatabaseAndService() throws Exception {
        dataDir = Files.createTempDirectory("outage-pg");
        databasePort = PackagedService.freePort();
        postgres = startDatabase();
        service =
                PackagedService.launch(
                                "database-outage",
                                Map.of(
                                        "QUARKUS_DATASOURCE_JDBC_URL",
                                        "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                                        "QUARKUS_DATASOURCE_USERNAME",
                                        "postgres"))
                        .awaitReady();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (service != null) {
            service.process().destroyForcibly();
        }
        resume();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void answers503WhileTheDatabaseIsDownOrFrozenAndRecoversByItself() throws Exception {
        HttpResponse<String> created = service.createPost("Before the outage");
        assertEquals(201, created.statusCode(), created.body());
        String id = PackagedService.idOf(created.body());

        postgres.close();
        postgres = null;
        assertServiceUnavailable(service.request("/api/v1/posts/" + id).GET());
        assertServiceUnavailable(service.request("/api/v1/posts").GET());
        assertServiceUnavailable(
                service.asAdmin("/api/v1/posts")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Lost?\"}")));
        awaitReadiness(503, Duration.ofSeconds(5));

        postgres = startDatabase();
        awaitReadiness(200, Duration.ofSeconds(15));
        assertEquals(200, service.send(service.request("/api/v1/posts/" + id)).statusCode());

        freeze();
        try {
            assertServiceUnavailable(service.request("/api/v1/posts").GET());
            assertServiceUnavailable(
                    service.asAdmin("/api/v1/posts")
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"title\":\"Frozen\",\"status\":\"published\"}")));
            awaitReadiness(503, Duration.ofSeconds(5));
        } finally {
            resume();
        }
        awaitReadiness(200, Duration.ofSeconds(15));
        assertEquals(200, service.send(service.request("/api/v1/posts/" + id)).statusCode());
        HttpResponse<String> after = service.createPost("After the outage");
        assertEquals(201, after.statusCode(), after.body());

        String log = Files.readString(service.log());
        assertFalse(log.contains("\tat "), "no stack trace in the log");
        assertFalse(log.contains(" ERROR "), "no ERROR line for an outage");
        long warnings = log.lines().filter(line -> line.contains("Database unavailable")).count();
        assertTrue(warnings >= 5, "one WARN line per failed request, found " + warnings);
    }

    private static void assertServiceUnavailable(HttpRequest.Builder request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = service.send(request.timeout(Duration.ofSeconds(60)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "answered within " + BOUND + ", took " + took);
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals(
                "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                answer.body().contains("\"type\":\"urn:blog-api:problem:service-unavailable\""),
                answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "Retry-After");
    }

    private static void awaitReadiness(int status, Duration within) throws Exception {
        long start = System.nanoTime();
        service.awaitStatus("/q/health/ready", status, within);
        assertTrue(
                System.nanoTime() - start <= within.toNanos(),
                "readiness " + status + " within " + within);
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    // SIGSTOP on the postmaster and every backend: the server accepts TCP but answers nothing.
    private static void freeze() throws Exception {
        signal("-STOP");
    }

    private static void resume() {
        try {
            signal("-CONT");
        } catch (Exception e) {
            // Nothing frozen, or the server is already gone.
        }
    }

    private static void signal(String signal) throws Exception {
        long postmaster =
                Long.parseLong(
                        Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(postmaster)));
        ProcessHandle.of(postmaster)
                .ifPresent(p -> p.descendants().forEach(d -> command.add(String.valueOf(d.pid()))));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
