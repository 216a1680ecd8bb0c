package dev.blogapi.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the exact RSS and Atom for a fixed dataset. After an intended change, rewrite them
 * with {@code ./mvnw test -Dtest=FeedWriterTest -Dgolden.write=true} and review the diff.
 */
class FeedWriterTest {

    static final FeedData FEED =
            new FeedData(
                    "Field Notes",
                    "Notes from a workshop bench",
                    "en-us",
                    "http://notes.example.org/blog/",
                    40,
                    Instant.parse("2008-01-15T09:30:00Z"),
                    Map.of(
                            FeedFormat.RSS,
                            "http://notes.example.org/blog/feed.rss",
                            FeedFormat.ATOM,
                            "http://notes.example.org/blog/feed.atom",
                            FeedFormat.JSON,
                            "http://notes.example.org/blog/feed.json"),
                    List.of(
                            new FeedData.Item(
                                    "Moving house",
                                    "http://notes.example.org/blog/articles/2008/01/15/moving-house",
                                    "urn:uuid:0f4c1a52-8e0b-4d1e-9a43-3c0b8d2f6a11",
                                    Instant.parse("2008-01-15T09:30:00Z"),
                                    Instant.parse("2008-01-15T09:30:00Z"),
                                    List.of("Ada Lindqvist"),
                                    List.of(),
                                    List.of(),
                                    "<p>This blog is moving.</p>",
                                    "This blog is moving.",
                                    null),
                            new FeedData.Item(
                                    "Sharpening chisels, and why I’ll never buy a jig",
                                    "http://notes.example.org/blog/articles/2007/06/30/sharpening-chisels-and-why-i-ll-never-buy-a-jig",
                                    "http://notes.example.org/blog/guid/6a2d",
                                    Instant.parse("2007-06-30T12:16:04Z"),
                                    Instant.parse("2007-07-01T08:00:00Z"),
                                    List.of("Ada Lindqvist"),
                                    List.of(
                                            new FeedData.Category("tools", "Tools"),
                                            new FeedData.Category("technique", "Technique")),
                                    List.of(new FeedData.Category("hand-tools", "Hand tools")),
                                    "<p>I’ve tried <a href=\"http://tools.example.com/guides?id=4&amp;lang=en\">the maker’s page</a>.</p>"
                                            + "<pre>angle = 25 &lt; 30 &amp;&amp; burr &gt; 0\n</pre><p>日本語 🪵</p>",
                                    "I’ve tried the maker’s page. angle = 25 < 30 && burr > 0 日本語 🪵",
                                    null)));

    @Test
    void writesRssExactlyAsTheGoldenFile() throws IOException {
        assertGolden("golden.rss", RssWriter.write(FEED));
    }

    @Test
    void writesAtomExactlyAsTheGoldenFile() throws IOException {
        assertGolden("golden.atom", AtomWriter.write(FEED));
    }

    @Test
    void writesJsonFeedWithTheSameFacts() throws IOException {
        ObjectMapper json =
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode feed = json.readTree(JsonFeedWriter.write(FEED, json));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("http://notes.example.org/blog/feed.json", feed.get("feed_url").asText());
        JsonNode item = feed.get("items").get(1);
        assertEquals("http://notes.example.org/blog/guid/6a2d", item.get("id").asText());
        assertEquals("2007-06-30T12:16:04Z", item.get("date_published").asText());
        assertEquals("Ada Lindqvist", item.get("authors").get(0).get("name").asText());
        assertEquals("[\"Tools\",\"Technique\",\"Hand tools\"]", item.get("tags").toString());
        assertEquals(FEED.items().get(1).contentHtml(), item.get("content_html").asText());
    }

    @Test
    void wrapsGuidsThatAreNotUrisForAtom() {
        assertEquals("urn:uuid:1", AtomWriter.atomId("urn:uuid:1"));
        assertEquals("tag:blog-api,2026:guid:post+41", AtomWriter.atomId("post 41"));
        assertEquals(
                "https://www.giantbomb.com/shows/x/2970-19653",
                AtomWriter.atomId("https://www.giantbomb.com/shows/x/2970-19653"));
        assertEquals("tag:blog-api,2026:guid:1600-2823", AtomWriter.atomId("1600-2823"));
        assertEquals(
                "tag:blog-api,2026:guid:%2F2019%2F01%2Fpost", AtomWriter.atomId("/2019/01/post"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(
                    Path.of("src/test/resources/feed", name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream golden = FeedWriterTest.class.getResourceAsStream("/feed/" + name)) {
            assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }
}
