package dev.blogapi.post;

import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.common.http.CachePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * The preview links of posts and pages, as the posts and pages resources answer them (each keeps
 * its routes and OpenAPI annotations, as with {@link PostEndpoints}).
 */
@ApplicationScoped
class PreviewEndpoints {

    private final PostPreviews previews;
    private final CurrentCaller caller;

    PreviewEndpoints(PostPreviews previews, CurrentCaller caller) {
        this.previews = previews;
        this.caller = caller;
    }

    /** {@code 201} with the link and its {@code Location}; the token is shown this once. */
    Response create(Post.Kind kind, UUID id, UriInfo uri) {
        PreviewResponses.Minted minted = previews.mint(kind, id, caller.get());
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("api/v1")
                                .path(kind.plural())
                                .path(id.toString())
                                .path("previews")
                                .path(minted.id().toString())
                                .build())
                .entity(minted)
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL)
                .build();
    }

    List<PreviewResponses.Summary> list(Post.Kind kind, UUID id) {
        return previews.list(kind, id, caller.get());
    }

    void revoke(Post.Kind kind, UUID id, UUID previewId) {
        previews.revoke(kind, id, previewId, caller.get());
    }
}
