package dev.blogapi.media;

import dev.blogapi.common.http.FilterPriorities;
import dev.blogapi.common.metrics.RouteTemplate;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers reads of files the service already knows, kept on the local disk, on the event loop with
 * Vert.x's sendfile, as a static file server would: no worker thread, no database, no copy through
 * the JVM. Anything else (a file not yet looked up, the S3 store, a miss) goes on to {@link
 * MediaFileResource}, which answers the same way and makes the file known.
 */
@ApplicationScoped
class LocalFileAnswers {

    static final String TEMPLATE = "/media/{sha256}/{filename}";

    private final MediaFiles files;
    private final MediaStore store;

    LocalFileAnswers(MediaFiles files, MediaStore store) {
        this.files = files;
        this.store = store;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, FilterPriorities.MEDIA_FILES);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<Path> local = Optional.empty();
        MediaFiles.Served file = null;
        String[] parts = partsOf(request);
        if (parts != null) {
            file = files.remembered(parts[0], parts[1]).orElse(null);
            local = file == null ? Optional.empty() : store.localPath(file.sha256());
        }
        if (local.isEmpty()) {
            context.next();
            return;
        }
        FileAnswer answer =
                FileAnswer.of(
                        file,
                        request.getHeader("Range"),
                        request.getHeader("If-None-Match"),
                        request.getHeader("If-Range"));
        RouteTemplate.set(TEMPLATE);
        send(request, context.response(), answer, local.get());
    }

    private static void send(
            HttpServerRequest request, HttpServerResponse response, FileAnswer answer, Path file) {
        answer.headers().forEach(response::putHeader);
        response.setStatusCode(answer.status());
        if (answer.length() == 0) {
            response.end();
        } else if (request.method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(answer.length()));
            response.end();
        } else {
            response.sendFile(file.toString(), answer.offset(), answer.length());
        }
    }

    /** The sha256 and filename of a GET or HEAD of {@code /media/{sha256}/{filename}}. */
    private static String[] partsOf(HttpServerRequest request) {
        String path = request.path();
        if ((request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD)
                || path == null
                || !path.startsWith("/media/")
                || request.getHeader("Authorization") != null) {
            return null;
        }
        String[] parts = path.substring("/media/".length()).split("/", -1);
        return parts.length == 2 && !parts[1].isEmpty() ? parts : null;
    }
}
