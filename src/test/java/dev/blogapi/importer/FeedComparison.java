package dev.blogapi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Compares an old blog's feed with the RSS this service serves after importing it. */
final class FeedComparison {

    private FeedComparison() {}

    static SyndFeed parse(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("not a feed: " + e.getMessage(), e);
        }
    }

    /**
     * Every item of {@code original} is in {@code served} with the same facts and an equivalent
     * body.
     */
    static void assertSameItems(SyndFeed original, SyndFeed served) {
        Map<String, SyndEntry> byGuid =
                served.getEntries().stream()
                        .collect(Collectors.toMap(FeedComparison::guid, Function.identity()));
        for (SyndEntry old : original.getEntries()) {
            String guid = guid(old);
            SyndEntry now = byGuid.get(guid);
            assertNotNull(now, "served feed lacks " + guid);
            assertEquals(plainTitle(old), now.getTitle(), guid + " title");
            assertEquals(old.getLink(), now.getLink(), guid + " link");
            assertEquals(
                    published(old).toInstant(), now.getPublishedDate().toInstant(), guid + " date");
            if (author(old) != null) {
                assertEquals(author(old), now.getAuthor(), guid + " author");
            }
            assertEquals(
                    categories(old),
                    now.getCategories().stream().map(SyndCategory::getName).toList(),
                    guid + " categories");
            assertEquals(
                    normalised(safe(body(old))),
                    normalised(now.getDescription().getValue()),
                    guid + " body");
        }
    }

    static String guid(SyndEntry entry) {
        return entry.getUri() != null ? entry.getUri() : entry.getLink();
    }

    private static String plainTitle(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        boolean html = title != null && title.getType() != null && title.getType().contains("html");
        return html ? Jsoup.parse(title.getValue()).text() : entry.getTitle();
    }

    private static Date published(SyndEntry entry) {
        return entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    }

    private static String author(SyndEntry entry) {
        return !entry.getAuthors().isEmpty()
                ? entry.getAuthors().get(0).getName()
                : entry.getAuthor() == null || entry.getAuthor().isBlank()
                        ? null
                        : entry.getAuthor();
    }

    private static List<String> categories(SyndEntry entry) {
        return entry.getCategories().stream()
                .map(c -> c.getLabel() != null ? c.getLabel() : c.getName())
                .toList();
    }

    private static String body(SyndEntry entry) {
        SyndContent content =
                entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().get(0);
        return content.getValue();
    }

    /**
     * What a safe body keeps: the same allow-list idea as the service, independently from jsoup's
     * relaxed list.
     */
    private static String safe(String html) {
        return Jsoup.clean(
                html,
                "http://notes.example.org/",
                Safelist.relaxed().preserveRelativeLinks(true),
                new Document.OutputSettings().prettyPrint(false));
    }

    /** The body as a DOM, so entity spellings (&#8217; or ’) and attribute quoting do not count. */
    static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
