package dev.blogapi.common.http;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
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

    static void describe(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        add(
                responses.getAPIResponse("401"),
                "WWW-Authenticate",
                "Bearer realm=\"blog-api\", with error=\"invalid_token\" when a token was sent");
        boolean idempotent =
                operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> IdempotentPosts.HEADER.equals(p.getName()));
        if (idempotent) {
            add(
                    responses.getAPIResponse("201"),
                    "Idempotent-Replayed",
                    "true when this is the stored answer to an earlier request with the same"
                            + " Idempotency-Key");
        }
        if (path.endsWith("/resolve")) {
            add(
                    responses.getAPIResponse("200"),
                    "Content-Location",
                    "The post's canonical permalink (its current path)");
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
        responses.addAPIResponse(
                "404", OASFactory.createAPIResponse().description("No such category or author"));
        return OASFactory.createOperation()
                .operationId(get.getOperationId() + "Head")
                .summary(get.getSummary() + " (headers only)")
                .description("The headers the GET would send, without the feed.")
                .tags(get.getTags())
                .parameters(get.getParameters())
                .security(get.getSecurity())
                .responses(responses);
    }

    static boolean isFeed(String path, PathItem item) {
        return path.contains("feed.{format") && item.getGET() != null;
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
