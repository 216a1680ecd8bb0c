package dev.blogapi.importer.feed;

import static dev.blogapi.importer.SourceFixtures.read;
import static dev.blogapi.importer.SourceFixtures.skippedKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.syndication.FeedItemMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain feed source, without a server or a database. */
class FeedSourceTest {

    private final FeedItemMapper mapper =
            new FeedItemMapper(SourceFixtures.renderer(), SourceFixtures.BASE, "Someone");

    @Test
    void everyItemIsAPostAndARepeatedGuidIsSkipped() {
        ImportRun run =
                read(
                        new FeedSource(
                                SourceFixtures.xmlText(
                                        "<rss version=\"2.0\"><channel><title>t</title>"
                                                + "<link>http://x/</link><description>d</description>"
                                                + "<item><title>One</title><guid>g1</guid>"
                                                + "<pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate>"
                                                + "<description>Hi</description></item>"
                                                + "<item><title>Again</title><guid>g1</guid>"
                                                + "<description>Hi</description></item>"
                                                + "</channel></rss>"),
                                mapper));
        assertEquals(List.of("One"), run.accepted().stream().map(ImportedPost::title).toList());
        assertEquals(List.of("duplicate-guid"), skippedKinds(run));
    }

    @Test
    void theOldBlogsSampleKeepsItsPermalinksUnderTheBlogsAddress() throws Exception {
        ImportRun run =
                read(
                        new FeedSource(
                                FeedDocuments.read(
                                        FeedSourceTest.class.getResourceAsStream(
                                                "/samples/typo-export.rss")),
                                mapper));
        List<String> permalinks = run.accepted().stream().map(ImportedPost::legacyPath).toList();
        assertTrue(
                permalinks.containsAll(
                        List.of("/articles/2007/05/25/glue-ups", "/articles/2007/05/13/glue-ups")),
                "two posts, one slug, each at its own old address: " + permalinks);
        assertEquals(List.of(), run.tally().report(null).failed());
    }
}
