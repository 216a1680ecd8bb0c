package dev.blogapi.media;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Downloads a file a moved blog referenced into the media library, as an upload is checked: only
 * http and https, no internal address at any hop (FetchTargets), at most three redirects followed
 * by hand, bounded waits, at most BLOG_MEDIA_MAX_BYTES read.
 */
@ApplicationScoped
public class MediaFetcher {

    static final int MAX_REDIRECTS = 3;

    /** A download's outcome: the stored file, or why there is none. */
    public record Fetched(MediaLibrary.Item item, String failure) {}

    private final MediaLibrary library;
    private final FetchTargets targets;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    MediaFetcher(MediaLibrary library, BlogConfig config) {
        this.library = library;
        this.targets = new FetchTargets(config.importFetchAllow().orElse(List.of()));
    }

    /** Downloads {@code url} into the library; a dry run checks the file and stores nothing. */
    public Fetched fetch(URI url, boolean dryRun) {
        URI current = url;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                String refused = refusal(current);
                if (refused != null) {
                    return failed(refused);
                }
                HttpResponse<InputStream> answer =
                        http.send(
                                HttpRequest.newBuilder(current)
                                        .timeout(Duration.ofSeconds(30))
                                        .header("User-Agent", "blog-api media import")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                int status = answer.statusCode();
                if (status >= 300
                        && status < 400
                        && answer.headers().firstValue("Location").isPresent()) {
                    answer.body().close();
                    current = current.resolve(answer.headers().firstValue("Location").get());
                    continue;
                }
                if (status != 200) {
                    answer.body().close();
                    return failed(current + " answered " + status);
                }
                return stored(current, answer, dryRun);
            }
            return failed(url + " redirected more than " + MAX_REDIRECTS + " times");
        } catch (IOException e) {
            return failed(url + " could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(url + " was not fetched: interrupted");
        } catch (IllegalArgumentException e) {
            return failed(url + " is not a URL that can be fetched: " + e.getMessage());
        }
    }

    private Fetched stored(URI url, HttpResponse<InputStream> answer, boolean dryRun)
            throws IOException {
        String path = url.getPath() == null ? "" : url.getPath();
        String filename = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream body = answer.body()) {
            String type = answer.headers().firstValue("Content-Type").orElse(null);
            return new Fetched(
                    dryRun
                            ? library.check(body, type, filename)
                            : library.store(body, type, filename),
                    null);
        } catch (ProblemException refused) {
            return failed(url + ": " + refused.getMessage());
        }
    }

    private String refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            return url + " is not an http or https address";
        }
        try {
            return targets.refusal(url.getHost(), List.of(InetAddress.getAllByName(url.getHost())));
        } catch (UnknownHostException e) {
            return url.getHost() + " is not known (DNS)";
        }
    }

    private static Fetched failed(String why) {
        return new Fetched(null, why);
    }
}
