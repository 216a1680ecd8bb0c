package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.common.metrics.RouteTemplate;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful JSON answer an ETag computed from its bytes and answers a GET whose
 * If-None-Match names it with 304. Serialising here once also means the body is written as is, and
 * an anonymous read's finished answer is handed to the {@link PublicResponseCache}.
 */
class ConditionalResponseFilter {

    private static final String STARTED_IN = "blog.cache.generation";
    private static final Set<String> NOT_KEPT =
            Set.of(
                    "content-length",
                    "transfer-encoding",
                    "connection",
                    "date",
                    "set-cookie",
                    // Cross-origin headers are the CrossOrigin filter's, per request.
                    "access-control-allow-origin",
                    "access-control-allow-credentials",
                    "access-control-expose-headers",
                    "vary");

    private final ObjectMapper json;
    private final BlogMetrics metrics;
    private final PublicResponseCache cache;
    private final CachePolicy policy;

    ConditionalResponseFilter(
            ObjectMapper json, BlogMetrics metrics, PublicResponseCache cache, CachePolicy policy) {
        this.json = json;
        this.metrics = metrics;
        this.cache = cache;
        this.policy = policy;
    }

    /** Notes the content generation before the read touches the database. */
    @ServerRequestFilter
    public void noteGeneration(ContainerRequestContext request) {
        request.setProperty(STARTED_IN, cache.generationNow());
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        int status = response.getStatus();
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (read
                && status >= 200
                && status < 300
                && response.getHeaderString(HttpHeaders.CACHE_CONTROL) == null) {
            response.getHeaders()
                    .putSingle(HttpHeaders.CACHE_CONTROL, policy.forRead(personal(request)));
        }
        if (status < 200 || status >= 300 || !response.hasEntity()) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        byte[] body = bodyOf(response);
        if (etag == null) {
            if (body == null) {
                return;
            }
            etag = EntityTags.of(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        if (status == 200 && body != null) {
            keepIfPublic(request, response, body, etag);
        }
        if (read
                && status == 200
                && EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            metrics.cacheHit("json");
            response.setStatusInfo(Response.Status.NOT_MODIFIED);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private void keepIfPublic(
            ContainerRequestContext request,
            ContainerResponseContext response,
            byte[] body,
            String etag) {
        URI uri = request.getUriInfo().getRequestUri();
        String key =
                CachedAnswers.keyOf(
                        request.getMethod(),
                        uri.getRawPath(),
                        uri.getRawQuery(),
                        personal(request));
        String template = RouteTemplate.current();
        if (key == null
                || template == null
                || !(request.getProperty(STARTED_IN) instanceof Long startedIn)) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders()
                .forEach(
                        (name, values) -> {
                            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                                values.forEach(value -> headers.add(Map.entry(name, value)));
                            }
                        });
        if (response.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && response.getMediaType() != null) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString()));
        }
        cache.keep(
                key,
                startedIn,
                new PublicResponseCache.Answer(
                        body,
                        etag,
                        List.copyOf(headers),
                        template,
                        Topics.ofAnswer(
                                template,
                                request.getUriInfo().getPathParameters(),
                                request.getUriInfo().getQueryParameters())));
    }

    /** A read with a token or a post password: its answer is its caller's alone. */
    private static boolean personal(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString(CachedAnswers.POST_PASSWORD) != null
                || request.getUriInfo().getQueryParameters().containsKey("password");
    }

    private byte[] bodyOf(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        // Every resource of ours without an explicit type produces JSON.
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return null;
        }
        byte[] bytes = json.writeValueAsBytes(entity);
        response.setEntity(
                bytes,
                response.getEntityAnnotations(),
                type != null ? type : MediaType.APPLICATION_JSON_TYPE);
        return bytes;
    }
}
