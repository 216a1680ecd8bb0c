package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.db.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box checks of the packaged jar as operators run it: two instances started together on one
 * database, then graceful shutdown, then the database going away. One scenario, because each step
 * builds on the state the previous one left (and starting instances is the slow part).
 */
class ScaleOutIT {

    private static final String ADMIN_TOKEN = PackagedService.ADMIN_TOKEN;
    private static final HttpClient HTTP = PackagedService.HTTP;

    private static EmbeddedPostgres postgres;
    private static final List<PackagedService> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        postgres = EmbeddedDatabase.startThrowAway(Files.createTempDirectory("scale-out-pg"));
        for (int i = 0; i < 2; i++) {
            instances.add(launch(i));
        }
        for (PackagedService instance : instances) {
            instance.awaitReady();
        }
    }

    @AfterAll
    static void stopEverything() throws IOException {
        instances.forEach(i -> i.process().destroyForcibly());
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void operatesAsReplicasOnOneDatabase() throws Exception {
        migratesOnceWhenInstancesStartTogether();
        aWriteOnOneInstanceIsSeenByTheOtherWithinASecond();
        finishesInFlightWritesOnShutdown();
        readinessFollowsTheDatabaseButLivenessDoesNot();
        logsJsonLinesWhenAskedTo();
        neverLogsTokens();
    }

    private void migratesOnceWhenInstancesStartTogether() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select count(*), count(distinct version), bool_and(success) from flyway_schema_history"
                                        + " where version is not null")) {
            rows.next();
            assertEquals(rows.getInt(1), rows.getInt(2), "each migration applied once");
            assertTrue(rows.getInt(1) >= 9, "all migrations applied");
            assertTrue(rows.getBoolean(3));
        }
    }

    private void aWriteOnOneInstanceIsSeenByTheOtherWithinASecond() throws Exception {
        // The second instance has answered (and may keep) the list before the write.
        String list = "/api/v1/posts?size=100";
        instances.get(1).awaitStatus(list, 200, Duration.ofSeconds(5));
        instances.get(1).awaitStatus(list, 200, Duration.ofSeconds(5));
        HttpResponse<String> created =
                send(
                        HttpRequest.newBuilder(URI.create(instances.get(0).url("/api/v1/posts")))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"title\":\"Seen everywhere\",\"status\":\"published\"}")));
        assertEquals(201, created.statusCode(), created.body());
        String id = PackagedService.idOf(created.body());
        long start = System.nanoTime();
        instances.get(1).awaitBodyContaining(list, "Seen everywhere", Duration.ofSeconds(1));
        instances.get(1).awaitStatus("/api/v1/posts/" + id, 200, Duration.ofSeconds(1));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        instances.get(0).awaitStatus("/api/v1/posts/" + id, 200, Duration.ofSeconds(1));

        // An edit says what it touched: the other instance forgets the post and the lists, and
        // answers them anew within a second.
        instances
                .get(1)
                .awaitBodyContaining(
                        "/api/v1/posts/" + id, "Seen everywhere", Duration.ofSeconds(1));
        HttpResponse<String> edited =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(instances.get(0).url("/api/v1/posts/" + id)))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .header("Content-Type", "application/merge-patch+json")
                                .method(
                                        "PATCH",
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"title\":\"Edited everywhere\"}")));
        assertEquals(200, edited.statusCode(), edited.body());
        instances
                .get(1)
                .awaitBodyContaining(
                        "/api/v1/posts/" + id, "Edited everywhere", Duration.ofSeconds(1));
        instances.get(1).awaitBodyContaining(list, "Edited everywhere", Duration.ofSeconds(1));

        send(
                HttpRequest.newBuilder(URI.create(instances.get(1).url("/api/v1/posts/" + id)))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .DELETE());
        instances.get(0).awaitStatus("/api/v1/posts/" + id, 404, Duration.ofSeconds(1));
    }

    private void finishesInFlightWritesOnShutdown() throws Exception {
        PackagedService first = instances.get(0);
        CompletableFuture<HttpResponse<String>> slowImport =
                HTTP.sendAsync(
                        HttpRequest.newBuilder(URI.create(first.url("/api/v1/import")))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .header("Content-Type", "application/rss+xml")
                                .POST(HttpRequest.BodyPublishers.ofString(feedOf(1500)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // Stop the service once the import is visibly under way: its first batch has committed.
        awaitImportedRows(1, Duration.ofSeconds(30));
        first.process().destroy();
        HttpResponse<String> answer = slowImport.get();
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"created\":1500"), answer.body());
        int exit = first.process().waitFor();
        assertTrue(
                exit == 0 || exit == 143, "stopped by its own shutdown, not killed: exit " + exit);
        assertEquals(1500, importedRows());
    }

    private void readinessFollowsTheDatabaseButLivenessDoesNot() throws Exception {
        PackagedService second = instances.get(1);
        postgres.close();
        postgres = null;
        second.awaitStatus("/q/health/ready", 503, Duration.ofSeconds(20));
        assertEquals(
                200,
                send(HttpRequest.newBuilder(URI.create(second.url("/q/health/live"))).GET())
                        .statusCode());
    }

    private void logsJsonLinesWhenAskedTo() throws IOException {
        List<String> lines =
                Files.readAllLines(instances.get(1).log()).stream()
                        .filter(line -> line.contains("\"loggerName\""))
                        .toList();
        assertFalse(lines.isEmpty(), "no JSON log lines");
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
        }
        assertFalse(
                Files.readString(instances.get(0).log()).contains("\"loggerName\""),
                "text logs by default");
    }

    private void neverLogsTokens() throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(instances.get(1).url("/api/v1/tokens")))
                        .header("Authorization", "Bearer not-a-token-5d2a")
                        .GET());
        for (PackagedService instance : instances) {
            String log = Files.readString(instance.log());
            assertFalse(log.contains(ADMIN_TOKEN), "admin token in " + instance.log());
            assertFalse(log.contains("not-a-token-5d2a"), "presented token in " + instance.log());
        }
    }

    private static int importedRows() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select count(*) from post where guid like 'urn:it:%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void awaitImportedRows(int atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (importedRows() < atLeast) {
            assertTrue(System.nanoTime() < deadline, "the import wrote no row within " + timeout);
            Thread.sleep(10); // polling interval: the loop waits for rows, not for time
        }
    }

    private static PackagedService launch(int index) throws IOException {
        return PackagedService.launch(
                "scale-out-instance-" + index,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", EmbeddedDatabase.jdbcUrl(postgres),
                        "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.user(),
                        "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "5",
                        // The second instance logs as JSON, so the one-variable switch is
                        // exercised too.
                        "BLOG_LOG_JSON", String.valueOf(index == 1)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String feedOf(int items) {
        StringBuilder rss =
                new StringBuilder(
                        "<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link>"
                                + "<description>d</description>");
        for (int i = 0; i < items; i++) {
            rss.append("<item><title>Item ")
                    .append(i)
                    .append("</title><description>&lt;p&gt;Body ")
                    .append(i)
                    .append(
                            "&lt;/p&gt;</description><pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate>")
                    .append("<guid isPermaLink=\"false\">urn:it:")
                    .append(i)
                    .append("</guid></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
