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

    /** Anonymous or with a token: both are valid on a public read. */
    static void allowOptionalBearer(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
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
        if (get.getResponses().hasAPIResponse("404")) {
            responses.addAPIResponse(
                    "404",
                    OASFactory.createAPIResponse().description("No such category or author"));
        }
        return OASFactory.createOperation()
                .operationId(get.getOperationId() + "Head")
                .summary(get.getSummary() + " (headers only)")
                .description("The headers the GET would send, without the feed.")
                .tags(get.getTags())
                .parameters(get.getParameters())
                .security(get.getSecurity())
                .responses(responses);
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
