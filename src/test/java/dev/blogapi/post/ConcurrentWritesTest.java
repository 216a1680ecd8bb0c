package dev.blogapi.post;

import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Writers racing each other get the answers the contract promises, never a spurious 409. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int RACERS = 30;

    @Test
    void concurrentCreatesWithOneTitleAllSucceedWithDistinctSlugs() throws Exception {
        String title = unique("Same title");
        String newAuthor = unique("First-time author");
        List<Response> answers =
                race(
                        () ->
                                asAdmin()
                                        .contentType(ContentType.JSON)
                                        .body(
                                                Map.of(
                                                        "title",
                                                        title,
                                                        "status",
                                                        "published",
                                                        "author",
                                                        newAuthor))
                                        .post("/api/v1/posts"));
        Set<String> slugs = new HashSet<>();
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            slugs.add(answer.jsonPath().getString("slug"));
        }
        assertEquals(RACERS, slugs.size(), "distinct slugs: " + slugs);
    }

    @Test
    void everyLoserOfAnIfMatchRaceGets412() throws Exception {
        JsonPath post = TestPosts.published("contested").create();
        String id = post.getString("id");
        String etag = asAdmin().get("/api/v1/posts/{id}", id).header("ETag");
        List<Response> answers =
                race(
                        () ->
                                asAdmin()
                                        .contentType("application/merge-patch+json")
                                        .header("If-Match", etag)
                                        .body(Map.of("title", unique("winner")))
                                        .patch("/api/v1/posts/{id}", id));
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        List<Integer> expected = new ArrayList<>(List.of(200));
        expected.addAll(Collections.nCopies(RACERS - 1, 412));
        assertEquals(expected, statuses);
    }

    private static List<Response> race(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return request.call();
                                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
