package dev.blogapi.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.auth.Caller;
import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.common.http.IdempotentCreates;
import dev.blogapi.common.http.Pagination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
    private final ObjectMapper json;

    PostEndpoints(
            PostQueries queries,
            PostWriter writer,
            IdempotentCreates idempotent,
            CurrentCaller caller,
            ObjectMapper json) {
        this.json = json;
        this.queries = queries;
        this.writer = writer;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** The caller making this request. */
    Caller caller() {
        return caller.get();
    }

    /**
     * One page of the list, with {@code Link} and {@code X-Total-Count}; each post with only the
     * {@code fields} asked for.
     */
    Response list(PostFilter filter, int page, int size, UriInfo uri, PostFields fields) {
        Set<String> selected = fields.selected();
        PostPage result = queries.list(filter, page, size, caller.get());
        return Response.ok(selected.isEmpty() ? result : projected(result, selected))
                .header("Link", Pagination.linkHeader(uri, page, size, result.totalPages()))
                .header("X-Total-Count", result.totalItems())
                .build();
    }

    Response byId(Post.Kind kind, UUID id, PostPassword password, PostFields fields) {
        Set<String> selected = fields.selected();
        return one(queries.byId(kind, id, caller.get(), password.value()), selected);
    }

    Response bySlug(Post.Kind kind, String slug, PostPassword password, PostFields fields) {
        Set<String> selected = fields.selected();
        return one(queries.bySlug(kind, slug, caller.get(), password.value()), selected);
    }

    private Response one(PostResponse post, Set<String> selected) {
        return Response.ok(selected.isEmpty() ? post : projected(post, selected)).build();
    }

    /** The post as JSON with only {@code selected} fields, in the post's own order. */
    private Map<String, Object> projected(PostResponse post, Set<String> selected) {
        Map<String, Object> whole = json.convertValue(post, new TypeReference<>() {});
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String field : selected) {
            if (whole.containsKey(field)) {
                kept.put(field, whole.get(field));
            }
        }
        return kept;
    }

    private Map<String, Object> projected(PostPage page, Set<String> selected) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.items().stream().map(post -> projected(post, selected)).toList());
        answer.put("page", page.page());
        answer.put("size", page.size());
        answer.put("totalItems", page.totalItems());
        answer.put("totalPages", page.totalPages());
        return answer;
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
