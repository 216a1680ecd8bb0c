package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful JSON answer an ETag computed from its bytes and answers a GET whose
 * If-None-Match names it with 304. Serialising here once also means the body is written as is.
 */
class ConditionalResponseFilter {

    private final ObjectMapper json;
    private final BlogMetrics metrics;

    ConditionalResponseFilter(ObjectMapper json, BlogMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        int status = response.getStatus();
        if (status < 200 || status >= 300 || !response.hasEntity()) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            byte[] body = bodyOf(response);
            if (body == null) {
                return;
            }
            etag = EntityTags.of(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (read
                && status == 200
                && EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            metrics.cacheHit("json");
            response.setStatusInfo(Response.Status.NOT_MODIFIED);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
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
