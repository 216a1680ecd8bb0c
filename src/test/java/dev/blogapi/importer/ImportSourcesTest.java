package dev.blogapi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.post.Post;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each source's mapping on its fixture file, without a server or a database: what it accepts, skips
 * and fails, item by item, before the pipeline writes anything.
 */
class ImportSourcesTest {

    private static final String BASE = "http://notes.example.org/blog";

    private final FeedItemMapper mapper =
            new FeedItemMapper(new ContentRenderer(FeedItemMapperTest.config()), BASE, "Someone");

    private ImportRun read(ImportSource source) {
        ImportRun run = new ImportRun(true);
        source.readInto(run);
        return run;
    }

    private FeedDocuments.FeedDocument fixture(String name) throws Exception {
        return FeedDocuments.read(new ByteArrayInputStream(ExportFiles.fixture(name)));
    }

    @Test
    void aWordPressExportIsReadOnceWithItsParagraphsAndItsOwnFacts() throws Exception {
        FeedDocuments.FeedDocument document = fixture("wordpress-export.xml");
        WordPressSource source = WordPressSource.of(document, mapper, BASE).orElseThrow();
        ImportRun run = read(source);

        Map<String, ImportedPost> byTitle =
                run.accepted().stream()
                        .collect(Collectors.toMap(ImportedPost::title, post -> post));
        ImportedPost classic = byTitle.get("Sharpening, the classic way");
        assertTrue(
                classic.contentHtml().startsWith("<p>First paragraph.<br>"),
                "a classic body gets WordPress's paragraphs: " + classic.contentHtml());
        assertTrue(classic.contentHtml().contains("<pre>code\n\nmore code</pre>"));
        assertEquals("Keen edges.", classic.excerpt());
        assertEquals("Ada Lindqvist", classic.author(), "the login's display name");
        assertEquals(List.of("Sharpening"), classic.tags());
        assertTrue(classic.oldPaths().contains("/?p=10"));
        assertEquals(Post.Kind.page, byTitle.get("About").kind());
        assertEquals(Post.Status.draft, byTitle.get("Private thoughts").status());
        List<String> skipped =
                run.tally().report(null).skipped().stream()
                        .map(ImportReport.Skipped::kind)
                        .toList();
        assertTrue(
                skipped.containsAll(List.of("attachment", "nav_menu_item", "comment")),
                skipped.toString());
    }

    @Test
    void aBloggerBackupKeepsPostsAndPagesAndLeavesTheRestOut() throws Exception {
        FeedDocuments.FeedDocument document = fixture("blogger-export.xml");
        assertTrue(BloggerSource.reads(document));
        ImportRun run = read(new BloggerSource(document, mapper, BASE));
        assertFalse(run.accepted().isEmpty());
        assertTrue(
                run.accepted().stream().allMatch(post -> post.tags() != null),
                "labels become tags");
        assertFalse(run.tally().report(null).skipped().isEmpty(), "settings and template skipped");
    }

    @Test
    void aPlainFeedIsNeitherWordPressNorBlogger() throws Exception {
        FeedDocuments.FeedDocument document =
                FeedDocuments.read(
                        new ByteArrayInputStream(
                                ("<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link>"
                                                + "<description>d</description><item><title>One</title>"
                                                + "<guid>g1</guid><pubDate>Sat, 30 Jun 2007 12:16:04 +0000"
                                                + "</pubDate><description>Hi</description></item>"
                                                + "<item><title>Again</title><guid>g1</guid>"
                                                + "<description>Hi</description></item></channel></rss>")
                                        .getBytes()));
        assertFalse(BloggerSource.reads(document));
        assertTrue(WordPressSource.of(document, mapper, BASE).isEmpty());
        ImportRun run = read(new FeedSource(document, mapper, BASE));
        assertEquals(1, run.accepted().size(), "the second item with guid g1 is skipped");
        assertInstanceOf(ImportReport.class, run.tally().report(null));
        assertEquals("duplicate-guid", run.tally().report(null).skipped().get(0).kind());
    }
}
