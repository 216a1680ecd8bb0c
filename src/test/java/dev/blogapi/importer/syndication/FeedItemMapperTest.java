package dev.blogapi.importer.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.ItemFailure;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.WarningKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemMapperTest {

    private final FeedItemMapper mapper =
            new FeedItemMapper(
                    new ContentRenderer(SourceFixtures.config()),
                    "http://notes.example.org/blog",
                    "Someone");

    @Test
    void prefersContentEncodedAndKeepsADistinctDescriptionAsTheExcerpt() throws ItemFailure {
        ImportedPost post =
                mapped(
                        """
                <item><title>Full &amp; short</title>
                  <description>A &lt;b&gt;short&lt;/b&gt; summary.</description>
                  <content:encoded><![CDATA[<p>The <em>whole</em> post.</p>]]></content:encoded>
                  <dc:creator>Dee Creator</dc:creator>
                  <pubDate>Sat, 30 Jun 2007 14:16:04 +0200</pubDate>
                  <link>http://notes.example.org/blog/articles/2007/06/30/full-and-short</link>
                  <category>B</category><category>A</category><category>B</category>
                </item>""");
        assertEquals("Full & short", post.title());
        assertEquals("<p>The <em>whole</em> post.</p>", post.contentHtml());
        assertEquals("A short summary.", post.excerpt());
        assertEquals("Dee Creator", post.authorName());
        assertEquals(Instant.parse("2007-06-30T12:16:04Z"), post.publishedAt());
        assertEquals(List.of("B", "A"), post.categoryNames());
        assertEquals("full-and-short", post.slug());
        assertEquals(
                "http://notes.example.org/blog/articles/2007/06/30/full-and-short", post.guid());
        assertEquals("/articles/2007/06/30/full-and-short", post.legacyPath());
        assertEquals(
                List.of(
                        "/blog/articles/2007/06/30/full-and-short",
                        "/articles/2007/06/30/full-and-short"),
                post.oldPaths());
    }

    @Test
    void usesTheDescriptionAsBodyWithoutExcerptAndTheDefaultAuthor() throws ItemFailure {
        ImportedPost post =
                mapped(
                        """
                <item><title>Elsewhere</title><description>&lt;p&gt;Body&lt;/p&gt;</description>
                  <guid isPermaLink="false">post-7</guid><pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate>
                  <link>http://other.example.com/2007/Elsewhere.html</link></item>""");
        assertEquals("<p>Body</p>", post.contentHtml());
        assertNull(post.excerpt());
        assertEquals("Someone", post.authorName());
        assertEquals("post-7", post.guid());
        assertEquals("elsewhere", post.slug());
        assertNull(post.legacyPath());
        assertEquals(List.of("/2007/Elsewhere.html"), post.oldPaths());
    }

    @Test
    void readsAnRss10DescriptionAsHtmlAndAnAtomTextAsText() throws ItemFailure {
        FeedDocuments.FeedDocument rss10 =
                FeedDocuments.read(
                        new ByteArrayInputStream(
                                ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                                                + " xmlns=\"http://purl.org/rss/1.0/\""
                                                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                                                + "<channel rdf:about=\"http://x/\"><title>t</title>"
                                                + "<link>http://x/</link><description>d</description>"
                                                + "</channel><item rdf:about=\"http://x/1\"><title>One"
                                                + "</title><link>http://x/1</link><description>"
                                                + "&lt;p&gt;Hello &lt;em&gt;there&lt;/em&gt;&lt;/p&gt;"
                                                + "</description><dc:date>2019-01-01T00:00:00Z"
                                                + "</dc:date></item></rdf:RDF>")
                                        .getBytes(StandardCharsets.UTF_8)));
        ImportedPost post =
                mapper.map(
                        rss10.feed().getEntries().get(0),
                        rss10.items().get(0),
                        FeedContext.of(
                                rss10.feed(), rss10.root(), "http://notes.example.org/blog"));
        assertEquals("<p>Hello <em>there</em></p>", post.contentHtml());

        FeedDocuments.FeedDocument atom =
                FeedDocuments.read(
                        new ByteArrayInputStream(
                                ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                                                + "<id>urn:x</id><updated>2019-01-01T00:00:00Z</updated>"
                                                + "<entry><id>urn:x:1</id><title>One</title>"
                                                + "<updated>2019-01-01T00:00:00Z</updated>"
                                                + "<content type=\"text\">a &lt;b&gt; tag</content>"
                                                + "</entry></feed>")
                                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "a &lt;b&gt; tag",
                mapper.map(
                                atom.feed().getEntries().get(0),
                                atom.items().get(0),
                                FeedContext.of(
                                        atom.feed(), atom.root(), "http://notes.example.org/blog"))
                        .contentHtml());
    }

    @Test
    void failsItemsWithNothingToShow() {
        assertThrows(
                ItemFailure.class,
                () ->
                        mapped(
                                "<item><guid>g1</guid><pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate></item>"));
    }

    @Test
    void datesAnItemWithoutAReadableDateAndSaysSo() throws ItemFailure {
        ImportedPost unreadable =
                mapped("<item><title>t</title><guid>g2</guid><pubDate>yesterday</pubDate></item>");
        assertNull(unreadable.publishedAt());
        assertEquals(
                List.of(
                        ImportReport.Warning.of(
                                "g2",
                                WarningKind.UNDATED,
                                "no readable date ('yesterday') in the source: a new post is"
                                        + " dated with the import's time, one imported before"
                                        + " keeps its date")),
                unreadable.warnings());

        ImportedPost localised =
                mapped(
                        "<item><title>t</title><guid>g3</guid>"
                                + "<pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item>");
        assertEquals(Instant.parse("2018-09-24T22:42:40Z"), localised.publishedAt());
        assertEquals(List.of(), localised.warnings());
    }

    @Test
    void findsTheAuthorBehindAnAddressOrInANestedAtomAuthor() throws ItemFailure {
        assertEquals(
                "Jane Doe",
                mapped(
                                "<item><title>t</title><guid>g4</guid>"
                                        + "<author>jane@example.org (Jane Doe)</author></item>")
                        .authorName());
        assertEquals(
                "Nested Name",
                mapped(
                                "<item xmlns:atom=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                                        + "<guid>g5</guid><atom:author><atom:name>Nested Name"
                                        + "</atom:name></atom:author></item>")
                        .authorName());
    }

    private ImportedPost mapped(String item) throws ItemFailure {
        FeedDocuments.FeedDocument document = rssDocument(item);
        return mapper.map(
                document.feed().getEntries().get(0),
                document.items().get(0),
                FeedContext.of(document.feed(), document.root(), "http://notes.example.org/blog"));
    }

    private static FeedDocuments.FeedDocument rssDocument(String item) {
        String rss =
                "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title><link>http://x/</link>"
                        + "<description>d</description>"
                        + item
                        + "</channel></rss>";
        return FeedDocuments.read(new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)));
    }
}
