package dev.blogapi.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every operation shares rather than repeating it on each: the bearer scheme and the
 * problem+json answers an operation can give, decided by its method, security and body.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(
                        "bearer",
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description(
                                        "An API token: BLOG_ADMIN_TOKEN, or one minted with POST /api/v1/tokens"));
        SharedResponses.addTo(openAPI.getComponents());
        InputSchemas.describe(openAPI);
        ExportVersion.pin(openAPI.getComponents().getSchemas());
        SchemaExamples.addMissing(openAPI.getComponents().getSchemas());
        openAPI.getComponents()
                .getResponses()
                .values()
                .forEach(
                        response ->
                                SchemaExamples.addTo(
                                        response.getContent(),
                                        openAPI.getComponents().getSchemas()));
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) -> {
                            item.getOperations()
                                    .forEach(
                                            (method, operation) -> {
                                                addProblems(method, operation);
                                                OperationHeaders.allowOptionalBearer(operation);
                                                OperationHeaders.describe(operation);
                                                SchemaExamples.addToBodies(
                                                        operation,
                                                        openAPI.getComponents().getSchemas());
                                            });
                            if (OperationHeaders.isFeed(item.getGET())) {
                                OperationHeaders.addConditionalHeaders(item.getGET());
                                item.setHEAD(OperationHeaders.headOf(item.getGET()));
                            }
                        });
        FeedOperations.split(openAPI);
    }

    /**
     * The problems any operation of its kind can answer; those only some operations give (404, 409,
     * 412) are named on each with a {@link SharedResponses} reference.
     */
    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(
                "400",
                "Malformed request: bad JSON, unknown field, wrong type or bad query parameter");
        problems.put(
                "401",
                secured
                        ? "Missing or invalid bearer token (WWW-Authenticate: Bearer)"
                        : "A bearer token was sent but is not valid");
        if (secured) {
            problems.put("403", "The token's role may not do this");
        } else if (unlocksWithPassword(operation)) {
            problems.put("403", "X-Post-Password (or password) is not this item's password");
        }
        problems.put(
                "405", "The path does not serve this method; the Allow header lists those it does");
        // A feed answers its own format whatever Accept says.
        if (!OperationHeaders.isFeed(operation)) {
            problems.put("406", "Accept names no media type this operation produces");
        }
        if (hasBody) {
            problems.put("413", "Request body too large");
            problems.put("415", "Unsupported Content-Type");
            problems.put("422", "Well-formed but invalid; errors[] names each field");
        }
        problems.put(
                "429",
                "Too many invalid tokens from this client address; retry after Retry-After"
                        + " seconds");
        problems.put(
                "503",
                "The database is unavailable or too slow; nothing was changed. Retry after"
                        + " Retry-After seconds");
        APIResponses responses = operation.getResponses();
        describeHeaders(method, responses);
        problems.forEach(
                (status, description) -> {
                    APIResponse existing = responses.getAPIResponse(status);
                    if (existing == null || existing.getContent() == null) {
                        responses.addAPIResponse(status, SharedResponses.problem(description));
                    }
                });
        describeRetryAfter(responses);
        describeAllow(responses);
    }

    private static boolean unlocksWithPassword(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> "X-Post-Password".equals(parameter.getName()));
    }

    private static void describeAllow(APIResponses responses) {
        APIResponse notAllowed = responses.getAPIResponse("405");
        if (notAllowed != null) {
            notAllowed.addHeader("Allow", header("The methods this path serves"));
        }
    }

    private static void describeRetryAfter(APIResponses responses) {
        for (String status : new String[] {"429", "503"}) {
            APIResponse answer = responses.getAPIResponse(status);
            answer.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    private static void describeHeaders(PathItem.HttpMethod method, APIResponses responses) {
        if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null && ok.getRef() == null) {
                ok.addHeader(
                        "ETag",
                        header(
                                "Strong validator of this representation; send it back in If-None-Match"));
            }
            responses.addAPIResponse(
                    "304",
                    OASFactory.createAPIResponse()
                            .description(
                                    "Not modified: If-None-Match named the current ETag; no body"));
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", header("Absolute URL of the new resource"));
            created.addHeader("ETag", header("ETag of the new resource"));
        }
        APIResponse changed = responses.getAPIResponse("200");
        if (changed != null
                && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)) {
            changed.addHeader("ETag", header("ETag after the change"));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
