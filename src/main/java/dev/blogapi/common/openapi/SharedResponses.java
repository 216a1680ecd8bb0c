package dev.blogapi.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Answers several operations give, kept once in components.responses; an operation names the ones
 * it gives with {@code @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)}.
 */
public final class SharedResponses {

    public static final String FEED = FeedResponse.NAME;
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";

    private SharedResponses() {}

    static void addTo(Components components) {
        components.addResponse(FEED, FeedResponse.create());
        components.addResponse(
                NOT_FOUND, problem("No such resource, or not visible without a token"));
        components.addResponse(CONFLICT, problem("A slug, name or guid is already taken"));
        components.addResponse(
                PRECONDITION_FAILED, problem("If-Match does not match the current ETag"));
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(
                        OASFactory.createContent()
                                .addMediaType(
                                        "application/problem+json",
                                        OASFactory.createMediaType()
                                                .schema(
                                                        OASFactory.createSchema()
                                                                .ref(
                                                                        "#/components/schemas/Problem"))));
    }
}
