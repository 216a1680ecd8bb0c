package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a POST safe to retry: the first answer under a caller's {@code Idempotency-Key} is kept for
 * a day and replayed to every retry, so a retried create never creates twice.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private final EntityManager em;
    private final ObjectMapper json;

    public IdempotentCreates(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Runs {@code create} once per (caller, key); the record and the creation commit together, and
     * a concurrent retry waits on the record's row and then replays it.
     */
    @Transactional
    public Response run(String caller, String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidRequestException.badParameter(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = EntityTags.of(toJson(request));
        em.createNativeQuery(
                        "delete from idempotency_record where created_at < now() - interval '24 hours'")
                .executeUpdate();
        int claimed =
                em.createNativeQuery(
                                """
                insert into idempotency_record (caller, key, request_hash, status, body, created_at)
                values (?1, ?2, ?3, 0, '', now()) on conflict do nothing""")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .setParameter(3, requestHash)
                        .executeUpdate();
        if (claimed == 0) {
            return replay(caller, key, requestHash);
        }
        Response response = create.get();
        byte[] body = toJson(response.getEntity());
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        em.createNativeQuery(
                        "update idempotency_record set status = ?3, body = ?4, location = ?5"
                                + " where caller = ?1 and key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, new String(body, StandardCharsets.UTF_8))
                .setParameter(5, location)
                .executeUpdate();
        return Response.fromResponse(response)
                .entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private Response replay(String caller, String key, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select request_hash, status, body, location from idempotency_record where caller = ?1 and key = ?2")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new InvalidRequestException(
                    ProblemType.VALIDATION_FAILED,
                    HEADER,
                    "was already used with a different request body; use a new key for a new request");
        }
        Response.ResponseBuilder replay =
                Response.status(((Number) row[1]).intValue())
                        .entity(((String) row[2]).getBytes(StandardCharsets.UTF_8))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            replay.header(HttpHeaders.LOCATION, row[3]);
        }
        return replay.build();
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request and response records always serialise", e);
        }
    }
}
