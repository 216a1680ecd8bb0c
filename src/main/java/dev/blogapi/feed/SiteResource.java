package dev.blogapi.feed;

import dev.blogapi.common.config.BlogConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class SiteResource {

    private final FeedService feeds;
    private final BlogConfig config;

    public SiteResource(FeedService feeds, BlogConfig config) {
        this.feeds = feeds;
        this.config = config;
    }

    @GET
    @Operation(
            operationId = "getSite",
            summary = "The blog's title, language, base URL and feed URLs",
            description =
                    "Lets a front end emit <link rel=\"alternate\"> tags without hard-coding paths.")
    public SiteResponse site() {
        Map<FeedFormat, String> urls = feeds.siteFeedUrls();
        return new SiteResponse(
                config.title(),
                config.description(),
                config.language(),
                urls.get(FeedFormat.RSS).replaceFirst("/feed\\.rss$", ""),
                new SiteResponse.Feeds(
                        urls.get(FeedFormat.RSS),
                        urls.get(FeedFormat.ATOM),
                        urls.get(FeedFormat.JSON)));
    }
}
