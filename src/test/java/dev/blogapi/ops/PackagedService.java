package dev.blogapi.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar run as an operator runs it, in its own JVM, for black-box checks. */
record PackagedService(Process process, int port, Path log) {

    static final String ADMIN_TOKEN =
            "it-admin-token-0123456789abcdef0123456789abcdef0123456789abcdef";
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Starts the jar with these environment variables on a free port, its output in {@code log}.
     */
    static PackagedService launch(String logName, Map<String, String> environment)
            throws IOException {
        return launch(logName, environment, List.of("-Xmx256m"));
    }

    /** {@link #launch(String, Map)} with these JVM options instead of a 256 MiB heap. */
    static PackagedService launch(
            String logName, Map<String, String> environment, List<String> jvmOptions)
            throws IOException {
        int port = freePort();
        Path log = Path.of("target", logName + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("BLOG_ADMIN_TOKEN", ADMIN_TOKEN);
        builder.environment().putAll(environment);
        return new PackagedService(builder.start(), port, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    PackagedService awaitReady() throws InterruptedException {
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90));
        return this;
    }

    /** Polls {@code path} until its body contains {@code text}. */
    void awaitBodyContaining(String path, String text, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = send(request(path).timeout(Duration.ofSeconds(10)).GET()).body();
                if (last.contains(text)) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(20); // polling interval: the loop waits for the body
        }
        throw new AssertionError(
                path + " did not show '" + text + "' within " + within + ": " + last);
    }

    /** Polls {@code path} until it answers {@code status}; fails at once if the process died. */
    void awaitStatus(String path, int status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "The service exited (" + process.exitValue() + "); see " + log);
            }
            try {
                last = send(request(path).timeout(Duration.ofSeconds(10)).GET()).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(50); // polling interval: the loop waits for the status
        }
        throw new AssertionError(
                path + " answered " + last + ", expected " + status + " within " + within);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder asAdmin(String path) {
        return request(path).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a published post and answers the whole response. */
    HttpResponse<String> createPost(String title) throws IOException, InterruptedException {
        return send(
                asAdmin("/api/v1/posts")
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"title\":\"" + title + "\",\"status\":\"published\"}")));
    }

    static String idOf(String json) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }
}
