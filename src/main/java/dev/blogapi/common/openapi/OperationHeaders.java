package dev.blogapi.common.openapi;

import dev.blogapi.common.http.IdempotentCreates;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What generated clients need beyond the annotations: optional bearer security on public reads (so
 * a client sends its token and can read drafts), the headers the service really sends, and the HEAD
 * method feeds answer.
 */
final class OperationHeaders {

    private OperationHeaders() {}

    /** Anonymous or with a token: both are valid on a public read; a secured one needs a token. */
    static void allowOptionalBearer(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // The requirement comes from @RolesAllowed, with its roles as scopes; HTTP bearer
            // schemes take no scopes in OpenAPI 3.0 tools, so the roles move to x-roles.
            List<String> roles = operation.getSecurity().get(0).getScheme("bearer");
            if (roles != null && !roles.isEmpty()) {
                operation.addExtension("x-roles", List.copyOf(roles));
            }
            operation.setSecurity(
                    List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        } else {
            operation.setSecurity(
                    List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
    }

    static void describe(Operation operation) {
        APIResponses responses = operation.getResponses();
        add(
                responses.getAPIResponse("401"),
                "WWW-Authenticate",
                "Bearer realm=\"blog-api\", with error=\"invalid_token\" when a token was sent");
        boolean idempotent =
                operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> IdempotentCreates.HEADER.equals(p.getName()));
        if (idempotent) {
            add(
                    responses.getAPIResponse("201"),
                    "Idempotent-Replayed",
                    "true when this is the stored answer to an earlier request with the same"
                            + " Idempotency-Key");
        }
    }

    /** The HEAD twin of a feed's GET: the same headers and statuses, no body. */
    static Operation headOf(Operation get) {
        APIResponses responses = OASFactory.createAPIResponses();
        // The same answer as the GET, headers included; a HEAD answer never has a body.
        responses.addAPIResponse(
                "200",
                OASFactory.createAPIResponse()
                        .ref(get.getResponses().getAPIResponse("200").getRef()));
        responses.addAPIResponse(
                "304",
                OASFactory.createAPIResponse()
                        .description("Not modified: the validators matched; no body"));
        // The GET's failures, by status and description only: a HEAD answer carries no problem.
        get.getResponses()
                .getAPIResponses()
                .forEach(
                        (status, answer) -> {
                            if (status.startsWith("4") || status.startsWith("5")) {
                                responses.addAPIResponse(
                                        status,
                                        OASFactory.createAPIResponse()
                                                .description(describedBy(answer)));
                            }
                        });
        return OASFactory.createOperation()
                .operationId(get.getOperationId() + "Head")
                .summary(get.getSummary() + " (headers only)")
                .description("The headers the GET would send, without the feed.")
                .tags(get.getTags())
                .parameters(get.getParameters())
                .security(get.getSecurity())
                .responses(responses);
    }

    private static String describedBy(APIResponse answer) {
        return answer.getRef() == null
                ? answer.getDescription()
                : "See " + answer.getRef().substring(answer.getRef().lastIndexOf('/') + 1);
    }

    /** A feed operation is one whose answer is the shared Feed response. */
    static boolean isFeed(Operation operation) {
        APIResponse ok = operation == null ? null : operation.getResponses().getAPIResponse("200");
        return ok != null && ("#/components/responses/" + SharedResponses.FEED).equals(ok.getRef());
    }

    /** Feed readers poll with conditional GETs; the feed answers 304 when they still match. */
    static void addConditionalHeaders(Operation feed) {
        feed.addParameter(
                conditional(
                        "If-None-Match",
                        "ETags of copies the reader holds; a match answers 304. Takes precedence"
                                + " over If-Modified-Since"));
        feed.addParameter(
                conditional(
                        "If-Modified-Since",
                        "HTTP date of the reader's copy; answered 304 when the feed has not"
                                + " changed since"));
    }

    private static Parameter conditional(String name, String description) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void add(APIResponse response, String name, String description) {
        if (response != null) {
            Header header =
                    OASFactory.createHeader()
                            .description(description)
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            response.addHeader(name, header);
        }
    }
}
