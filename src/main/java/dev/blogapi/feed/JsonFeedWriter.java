package dev.blogapi.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
                                                item.authors().stream()
                                                        .map(JsonAuthor::new)
                                                        .toList(),
                                                Stream.concat(
                                                                item.categories().stream(),
                                                                item.tags().stream())
                                                        .map(FeedData.Category::name)
                                                        .toList(),
                                                item.image()))
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

    @Schema(
            name = "JsonFeed",
            description = "A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).",
            requiredProperties = {"version", "title", "items"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(
            @Schema(examples = VERSION) String version,
            @Schema(examples = "Field Notes") String title,
            @Schema(examples = "https://blog.example.org") @JsonProperty("home_page_url")
                    String homePageUrl,
            @Schema(examples = "https://blog.example.org/feed.json") @JsonProperty("feed_url")
                    String feedUrl,
            @Schema(examples = "Notes from a workshop bench") String description,
            @Schema(examples = "en-us") String language,
            List<JsonItem> items) {}

    @Schema(
            name = "JsonFeedItem",
            description = "One post; tags are its category names, then its tag names.",
            requiredProperties = {"id"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonItem(
            @Schema(examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22") String id,
            @Schema(
                            examples =
                                    "https://blog.example.org/articles/2007/06/30/software-for-python-presentations")
                    String url,
            @Schema(examples = "Software for Python presentations") String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            @Schema(examples = "2007-06-30T12:16:04Z") @JsonProperty("date_published")
                    Instant datePublished,
            @Schema(examples = "2007-06-30T12:16:04Z") @JsonProperty("date_modified")
                    Instant dateModified,
            List<JsonAuthor> authors,
            @Schema(examples = "[\"Tools\"]") List<String> tags,
            @Schema(
                            description = "The post's featured image",
                            examples = "https://blog.example.org/media/stone.jpg")
                    String image) {}

    @Schema(
            name = "JsonFeedAuthor",
            description = "One who wrote the post: its author first, then its co-authors.",
            requiredProperties = {"name"})
    record JsonAuthor(@Schema(examples = "Ada Lindqvist") String name) {}
}
