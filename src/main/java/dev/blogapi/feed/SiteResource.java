package dev.blogapi.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
class SiteResource {

    private final FeedService feeds;

    SiteResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Operation(
            operationId = "getSite",
            summary = "The blog's title, language, base URL and feed URLs",
            description =
                    "Lets a front end emit <link rel=\"alternate\"> tags without hard-coding paths.")
    public SiteResponse site() {
        return feeds.site();
    }
}
