package dev.blogapi.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Jackson. */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {}

    static String write(FeedData feed, ObjectMapper json) {
        List<JsonItem> items =
                feed.items().stream()
                        .map(
                                item ->
                                        new JsonItem(
                                                item.guid(),
                                                item.url(),
                                                item.title(),
                                                item.contentHtml(),
                                                item.summary(),
                                                item.published(),
                                                item.updated(),
                                                List.of(new JsonAuthor(item.author())),
                                                item.categories().stream()
                                                        .map(FeedData.Category::name)
                                                        .toList()))
                        .toList();
        JsonFeed document =
                new JsonFeed(
                        VERSION,
                        feed.title(),
                        feed.homeUrl(),
                        feed.feedUrls().get(FeedFormat.JSON),
                        feed.description(),
                        feed.language(),
                        items);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Feed records always serialise", e);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(
            String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            String description,
            String language,
            List<JsonItem> items) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonItem(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<JsonAuthor> authors,
            List<String> tags) {}

    record JsonAuthor(String name) {}
}
