package dev.blogapi.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogapi.auth.Caller;
import dev.blogapi.common.db.ContentChanges;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.error.PreconditionFailedException;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.common.http.EntityTags;
import dev.blogapi.common.http.JsonMergePatch;
import dev.blogapi.common.http.RequestChanges;
import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Writing posts: who may change which post, optimistic concurrency, and JSON merge patch. */
@ApplicationScoped
class PostWriter {

    private final PostRepository posts;
    private final PostRequestReader reader;
    private final PostStore store;
    private final PostMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;
    private final BlogMetrics metrics;
    private final Clock clock;
    private final ContentChanges changes;

    PostWriter(
            PostRepository posts,
            PostRequestReader reader,
            PostStore store,
            PostMapper mapper,
            ObjectMapper json,
            Validator validator,
            BlogMetrics metrics,
            Clock clock,
            ContentChanges changes) {
        this.changes = changes;
        this.clock = clock;
        this.metrics = metrics;
        this.posts = posts;
        this.reader = reader;
        this.store = store;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    public PostResponse create(Post.Kind kind, PostRequest request, Caller caller) {
        targeted();
        Post post = store.save(null, reader.read(kind, null, request, caller)).post();
        metrics.postWritten("create");
        return mapper.toResponse(post, clock.instant());
    }

    @Transactional
    public PostResponse replace(
            Post.Kind kind, UUID id, PostRequest request, String ifMatch, Caller caller) {
        targeted();
        Instant now = clock.instant();
        Post post = editable(kind, id, ifMatch, caller, now);
        store.save(post, reader.read(kind, post, request, caller));
        metrics.postWritten("replace");
        // The clock again: the store stamped the write (a publication "now") after {@code now}.
        return mapper.toResponse(post, clock.instant());
    }

    @Transactional
    public PostResponse patch(
            Post.Kind kind, UUID id, String mergePatch, String ifMatch, Caller caller)
            throws JsonProcessingException {
        targeted();
        Instant now = clock.instant();
        JsonNode patch = readPatch(mergePatch);
        Post post = editable(kind, id, ifMatch, caller, now);
        ObjectNode current = json.valueToTree(reader.asRequest(post));
        if (patch.hasNonNull("contentHtml")) {
            current.remove("contentMarkdown");
        }
        if (patch.hasNonNull("contentMarkdown")) {
            current.remove("contentHtml");
        }
        JsonNode status = patch.get("status");
        boolean toDraft = status != null && (status.isNull() || "draft".equals(status.asText()));
        if (toDraft && !patch.has("publishedAt")) {
            current.remove("publishedAt");
        }
        JsonNode merged = JsonMergePatch.apply(current, patch);
        if (merged instanceof ObjectNode object
                && patch.has("visibility")
                && patch.get("visibility").isNull()) {
            // Removing the visibility brings back its default, as for every other field.
            object.put("visibility", Post.Visibility.PUBLIC.wireName());
        }
        PostRequest request = toRequest(merged);
        store.save(post, reader.read(kind, post, request, caller));
        metrics.postWritten("patch");
        // The clock again: the store stamped the write (a publication "now") after {@code now}.
        return mapper.toResponse(post, clock.instant());
    }

    @Transactional
    public void delete(Post.Kind kind, UUID id, Caller caller) {
        targeted();
        store.delete(owned(kind, id, caller));
        metrics.postWritten("delete");
    }

    /**
     * This request writes one post through the store, which says what it touched: the tables'
     * triggers stay quiet, and each instance forgets only what the write touched.
     */
    private void targeted() {
        changes.onlyWhatIsTouched();
        RequestChanges.targeted();
    }

    /** The post or page {@code id}, when {@code caller} may change it (404, else 403). */
    Post owned(Post.Kind kind, UUID id, Caller caller) {
        Post post =
                posts.findByIdOptional(id)
                        .filter(found -> found.kind == kind)
                        .orElseThrow(() -> notFound(kind, id));
        reader.requireOwner(post, caller);
        return post;
    }

    // The row lock makes racing writers take turns, so each compares its If-Match with the
    // version the previous one committed: a loser gets 412, never an optimistic-lock 409.
    private Post editable(Post.Kind kind, UUID id, String ifMatch, Caller caller, Instant now) {
        Post post =
                posts.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                        .filter(found -> found.kind == kind)
                        .orElseThrow(() -> notFound(kind, id));
        reader.requireOwner(post, caller);
        if (ifMatch != null) {
            String current = EntityTags.ofJson(json, mapper.toResponse(post, now));
            if (!EntityTags.matches(ifMatch, current)) {
                throw new PreconditionFailedException(
                        "The "
                                + kind
                                + " changed since you read it (its ETag is now "
                                + current
                                + "); fetch it again and reapply your change");
            }
        }
        return post;
    }

    // A body that is not JSON reaches the problem mapper, which words the parser's complaint.
    private JsonNode readPatch(String body) throws JsonProcessingException {
        JsonNode patch = json.readTree(body == null ? "" : body);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "A merge patch on a post must be a JSON object of the fields to change");
        }
        return patch;
    }

    // Binding errors (unknown field, wrong type) propagate so the problem mapper names the field.
    private PostRequest toRequest(JsonNode merged) throws JsonProcessingException {
        PostRequest request = json.treeToValue(merged, PostRequest.class);
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private static NotFoundException notFound(Post.Kind kind, UUID id) {
        return new NotFoundException("No " + kind + " with id " + id);
    }
}
