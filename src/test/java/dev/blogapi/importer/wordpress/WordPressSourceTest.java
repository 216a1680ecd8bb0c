package dev.blogapi.importer.wordpress;

import static dev.blogapi.importer.SourceFixtures.read;
import static dev.blogapi.importer.SourceFixtures.skippedKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.content.Players;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.post.Post;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The WordPress source on its fixture file, without a server or a database. */
class WordPressSourceTest {

    private static final Players PLAYERS = new Players(List.of("www.youtube.com"));

    private final FeedItemMapper mapper =
            new FeedItemMapper(SourceFixtures.renderer(), SourceFixtures.BASE, "Someone");

    @Test
    void readsEachItemOnceWithItsParagraphsAndWordPressFacts() throws Exception {
        ImportRun run =
                read(
                        WordPressSource.of(
                                        SourceFixtures.xml("wordpress-export.xml"), mapper, PLAYERS)
                                .get());

        Map<String, ImportedPost> byTitle =
                run.accepted().stream()
                        .collect(Collectors.toMap(ImportedPost::title, post -> post));
        ImportedPost classic = byTitle.get("Sharpening, the classic way");
        assertTrue(
                classic.contentHtml().startsWith("<p>First paragraph.<br>"),
                "a classic body gets WordPress's paragraphs: " + classic.contentHtml());
        assertTrue(classic.contentHtml().contains("<pre>code\n\nmore code</pre>"));
        assertEquals("Keen edges.", classic.excerpt());
        assertEquals("Ada Lindqvist", classic.authorName(), "the login's display name");
        assertEquals(List.of("Sharpening"), classic.tagNames());
        assertTrue(classic.oldPaths().contains("/?p=10"));
        assertEquals(Post.Kind.page, byTitle.get("About").kind());
        assertEquals(Post.Status.draft, byTitle.get("Private thoughts").status());
        assertTrue(
                skippedKinds(run).containsAll(List.of("attachment", "nav_menu_item", "comment")),
                skippedKinds(run).toString());
    }

    @Test
    void itsFilesAreUnderItsSiteAndBlogAddressesAndItsAttachmentsAreListed() throws Exception {
        WordPressSource source =
                WordPressSource.of(SourceFixtures.xml("wordpress-export.xml"), mapper, PLAYERS)
                        .get();
        assertEquals(List.of("http://handtools.example"), source.fileAddresses());
        assertEquals(
                List.of("http://handtools.example/wp-content/uploads/2023/11/stone.jpg"),
                List.copyOf(source.attachments()));
    }

    @Test
    void aWordPressComBlogsFilesAreOnItsFilesHostNotOnWordPressCom() {
        String channel =
                "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                        + "<title>t</title><link>https://herons.wordpress.com</link>"
                        + "<wp:base_site_url>http://wordpress.com/</wp:base_site_url>"
                        + "<wp:base_blog_url>https://herons.wordpress.com</wp:base_blog_url>"
                        + "<item><title>One</title><guid>g1</guid>"
                        + "<wp:post_type>post</wp:post_type></item></channel></rss>";
        WordPressSource source =
                WordPressSource.of(SourceFixtures.xmlText(channel), mapper, PLAYERS).get();
        assertEquals(
                List.of("https://herons.wordpress.com", "https://herons.files.wordpress.com/"),
                source.fileAddresses());
    }

    @Test
    void aPlainFeedIsNotAWordPressExport() {
        assertTrue(
                WordPressSource.of(
                                SourceFixtures.xmlText(
                                        "<rss version=\"2.0\"><channel><title>t</title>"
                                                + "<item><title>One</title><guid>g1</guid>"
                                                + "</item></channel></rss>"),
                                mapper,
                                PLAYERS)
                        .isEmpty());
    }

    @Test
    void keepsWordPressParagraphRulesForClassicBodiesOnly() {
        assertEquals(
                "<p>one<br />\ntwo</p>\n<p>three</p>\n",
                WordPressItems.prepareBody("one\ntwo\n\nthree"));
        assertEquals(
                "<p>block</p>", WordPressItems.prepareBody("<!-- wp:paragraph --><p>block</p>"));
    }
}
