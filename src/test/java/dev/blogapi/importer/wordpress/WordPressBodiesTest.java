package dev.blogapi.importer.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.content.Players;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What WordPress renders beyond a body's saved HTML, made at import (issue 22: players, shortcodes,
 * dynamic blocks), on a WXR fixture with one item per case; no server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordPressBodiesTest {

    private ImportReport report;
    private Map<String, String> bodies;
    private Map<String, ImportedPost> posts;

    @BeforeAll
    void importFixture() throws Exception {
        FeedItemMapper mapper =
                new FeedItemMapper(SourceFixtures.renderer(), SourceFixtures.BASE, "Someone");
        ImportRun run =
                SourceFixtures.read(
                        WordPressSource.of(
                                        SourceFixtures.xml("wordpress-bodies.xml"),
                                        mapper,
                                        new Players(SourceFixtures.config().embedHosts()))
                                .orElseThrow());
        report = run.tally().report(null);
        posts =
                run.accepted().stream()
                        .collect(Collectors.toMap(ImportedPost::title, post -> post));
        bodies =
                run.accepted().stream()
                        .collect(Collectors.toMap(ImportedPost::title, ImportedPost::contentHtml));
    }

    @Test
    void anEmbedBlocksAddressBecomesItsPlayer() {
        String body = bodies.get("A block embed");
        assertTrue(
                body.contains("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\""), body);
        assertFalse(body.contains(">\nhttps://www.youtube.com/watch"), "no address left as text");
    }

    @Test
    void addressesAloneOnALineBecomePlayersOrLinksAndCodeStaysAsWritten() {
        String body = bodies.get("Classic players and links");
        assertTrue(body.contains("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\""), body);
        assertTrue(body.contains("src=\"https://www.youtube.com/embed/aBcDeFgHiJk\""), "shorts");
        assertTrue(body.contains("src=\"https://player.vimeo.com/video/76979871\""), "vimeo");
        assertTrue(
                body.contains(
                        "<a href=\"https://example.org/essays/planes\">https://example.org/essays/planes</a>"),
                body);
        assertTrue(body.contains("Inline https://example.org/stays-text is left alone."), body);
        assertTrue(body.contains("<pre>https://www.youtube.com/watch?v=dQw4w9WgXcQ\n</pre>"), body);
    }

    @Test
    void shortcodesBecomeWhatWordPressRendered() {
        String body = bodies.get("Shortcodes");
        assertTrue(
                body.contains(
                        "<figure><a href=\"http://handtools.example/wp-content/uploads/2023/11/stone.jpg\"><img"),
                body);
        assertTrue(body.contains("<figcaption>The 1000-grit stone</figcaption></figure>"), body);
        assertTrue(
                body.contains(
                        "<figure><img src=\"http://handtools.example/wp-content/uploads/2023/11/stone.jpg\" alt=\"\">"
                                + "<img src=\"http://handtools.example/wp-content/uploads/2023/11/strop.jpg\" alt=\"\"></figure>"),
                "the gallery's images, from the export's attachments: " + body);
        assertTrue(body.contains("src=\"https://player.vimeo.com/video/76979871\""), "[embed]");
        assertTrue(
                body.contains(
                        "<video controls=\"\" src=\"http://handtools.example/wp-content/uploads/2023/11/honing.mp4\">"),
                body);
        assertTrue(
                body.contains(
                        "<audio controls=\"\" src=\"http://handtools.example/wp-content/uploads/2023/11/interview.mp3\">"),
                body);
        assertTrue(body.contains("[contact-form-7 id=\"12\" title=\"Contact\"]"), "left as text");
        assertTrue(body.contains("Footnotes like [1] and [sic] are text."), body);
    }

    @Test
    void theTeaserBeforeMoreIsTheExcerptAndAPrivateItemIsADraftThatSaysSo() {
        assertEquals(
                "A short opening that WordPress shows in lists.",
                posts.get("With a teaser").excerpt());
        assertEquals(
                List.of("Café & Cuisine"),
                posts.get("With a teaser").categoryNames(),
                "WordPress's escaped term name, unescaped once");
        assertEquals(Post.Status.draft, posts.get("Kept to myself").status());
        assertTrue(
                report.warnings().stream()
                        .anyMatch(
                                w ->
                                        w.kind().equals("private")
                                                && w.guid()
                                                        .equals("http://handtools.example/?p=207")),
                report.warnings().toString());
    }

    @Test
    void theFeaturedImageStickyAndLiteralSeoFieldsArrive() {
        PostInput.Presentation shown = posts.get("Shortcodes").presentation();
        assertEquals(
                new FeaturedImage(
                        "http://handtools.example/wp-content/uploads/2023/11/stone.jpg",
                        "A waterstone",
                        "The 1000-grit stone"),
                shown.featuredImage());
        assertTrue(shown.featured(), "sticky");
        assertEquals(
                "Captions, galleries and players, as WordPress rendered them.",
                shown.metaDescription());
        assertEquals(null, shown.metaTitle(), "a Yoast template is Yoast's to fill in");
        assertEquals(PostInput.Presentation.NONE, posts.get("A block embed").presentation());
    }

    @Test
    void everyConversionIsCountedAndWhatCouldNotBeKeptIsNamed() {
        Map<String, Integer> converted =
                report.converted().stream()
                        .collect(
                                Collectors.toMap(
                                        ImportReport.Converted::kind,
                                        ImportReport.Converted::count));
        assertEquals(
                Map.of(
                        "player", 5,
                        "link", 1,
                        "caption", 1,
                        "gallery", 1,
                        "video", 1,
                        "audio", 1),
                converted);
        Map<String, String> warnings =
                report.warnings().stream()
                        .collect(
                                Collectors.toMap(
                                        ImportReport.Warning::kind,
                                        ImportReport.Warning::detail,
                                        (a, b) -> a + " | " + b));
        assertTrue(
                warnings.get("unknown-shortcode").contains("[contact-form-7]"),
                warnings.toString());
        assertFalse(warnings.get("unknown-shortcode").contains("[sic]"));
        assertTrue(
                warnings.get("dropped-block").contains("wp:latest-posts, wp:archives"),
                warnings.toString());
        assertTrue(warnings.get("missing-attachment").contains("999"), warnings.toString());
    }
}
