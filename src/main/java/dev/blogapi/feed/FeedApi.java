package dev.blogapi.feed;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Puts the JSON Feed schema into the API description; the {@code Feed} response that refers to it
 * is assembled by the OpenAPI filter, once for every feed operation (the document's title and the
 * rest of its info come from application.properties).
 */
@OpenAPIDefinition(
        info = @Info(title = "Blog content API", version = "1.0.0"),
        components =
                @Components(
                        schemas =
                                @Schema(
                                        name = "JsonFeed",
                                        implementation = JsonFeedWriter.JsonFeed.class)))
final class FeedApi {

    private FeedApi() {}
}
