package dev.blogapi.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.blogapi.auth.Caller;
import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.common.http.IdempotentCreates;
import dev.blogapi.common.http.Pagination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * What the posts and pages resources do, for either kind: the resources keep their routes and
 * OpenAPI annotations, and every answer is made here once.
 */
@ApplicationScoped
class PostEndpoints {

    private final PostQueries queries;
    private final PostWriter writer;
    private final IdempotentCreates idempotent;
    private final CurrentCaller caller;

    PostEndpoints(
            PostQueries queries,
            PostWriter writer,
            IdempotentCreates idempotent,
            CurrentCaller caller) {
        this.queries = queries;
        this.writer = writer;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** The caller making this request. */
    Caller caller() {
        return caller.get();
    }

    /** One page of the list, with {@code Link} and {@code X-Total-Count}. */
    Response list(PostFilter filter, int page, int size, UriInfo uri) {
        PostPage result = queries.list(filter, page, size, caller.get());
        return Response.ok(result)
                .header("Link", Pagination.linkHeader(uri, page, size, result.totalPages()))
                .header("X-Total-Count", result.totalItems())
                .build();
    }

    PostResponse byId(Post.Kind kind, UUID id, PostPassword password) {
        return queries.byId(kind, id, caller.get(), password.value());
    }

    PostResponse bySlug(Post.Kind kind, String slug, PostPassword password) {
        return queries.bySlug(kind, slug, caller.get(), password.value());
    }

    /** Creates it once per idempotency key; {@code 201} with its {@code Location}. */
    Response create(Post.Kind kind, PostRequest request, String idempotencyKey, UriInfo uri) {
        Caller who = caller.get();
        return idempotent.run(
                who.key(),
                idempotencyKey,
                request,
                () -> {
                    PostResponse created = writer.create(kind, request, who);
                    return Response.created(
                                    uri.getBaseUriBuilder()
                                            .path("api/v1")
                                            .path(kind.plural())
                                            .path(created.id().toString())
                                            .build())
                            .entity(created)
                            .build();
                });
    }

    PostResponse replace(Post.Kind kind, UUID id, PostRequest request, String ifMatch) {
        return writer.replace(kind, id, request, ifMatch, caller.get());
    }

    PostResponse patch(Post.Kind kind, UUID id, String mergePatch, String ifMatch)
            throws JsonProcessingException {
        return writer.patch(kind, id, mergePatch, ifMatch, caller.get());
    }

    void delete(Post.Kind kind, UUID id) {
        writer.delete(kind, id, caller.get());
    }
}
