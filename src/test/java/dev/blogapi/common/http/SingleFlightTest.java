package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Reads of one answer that is not kept, arriving together, wait for one render of it: the database
 * is asked about as often as for one read, and every reader gets the same answer.
 */
@QuarkusTest
class SingleFlightTest {

    private static final int READERS = 16;

    @Inject EntityManagerFactory entityManagerFactory;
    @Inject PublicResponseCache cache;

    @TestHTTPResource("/")
    URL base;

    @Test
    void concurrentMissesOfOneAnswerRenderItOnce() throws Exception {
        String category = TestCategories.create("flight");
        for (int i = 0; i < 20; i++) {
            TestPosts.published("flight").inCategories(category).create();
        }
        URI feed = URI.create(base + "categories/" + category + "/feed.json");
        HttpClient http = HttpClient.newHttpClient();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        cache.invalidate();
        statistics.clear();
        assertEquals(200, http.send(get(feed), HttpResponse.BodyHandlers.ofString()).statusCode());
        long oneRender = statistics.getPrepareStatementCount();
        assertTrue(oneRender > 0, "statistics must be counting");

        cache.invalidate();
        statistics.clear();
        List<CompletableFuture<HttpResponse<String>>> reads =
                IntStream.range(0, READERS)
                        .mapToObj(
                                i ->
                                        http.sendAsync(
                                                get(feed), HttpResponse.BodyHandlers.ofString()))
                        .toList();
        List<HttpResponse<String>> answers = reads.stream().map(CompletableFuture::join).toList();
        long together = statistics.getPrepareStatementCount();

        assertTrue(answers.stream().allMatch(answer -> answer.statusCode() == 200));
        Set<String> etags =
                answers.stream()
                        .map(answer -> answer.headers().firstValue("ETag").orElse(""))
                        .collect(Collectors.toSet());
        assertEquals(1, etags.size(), "every reader gets the same answer");
        assertTrue(
                together <= 2 * oneRender,
                READERS
                        + " readers together cost "
                        + together
                        + " statements, one alone "
                        + oneRender);
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }
}
