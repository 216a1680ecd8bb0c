package dev.blogapi.common.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.config.BlogConfig;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRendererTest {

    private final ContentRenderer renderer = new ContentRenderer(config());

    @Test
    void removesScriptsEventHandlersAndJavascriptUrls() {
        String html =
                renderer.sanitize(
                        "<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                                + "<a href=\"javascript:alert(1)\">x</a><img src=\"x.png\" onerror=\"alert(1)\">"
                                + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style>");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("style"), html);
        assertTrue(html.startsWith("<p>Hi</p>"), html);
    }

    @Test
    void keepsTheIdsLinksInTheSameBodyPointToAndNoOthers() {
        String html =
                renderer.sanitize(
                        "<p>A claim.<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup></p>"
                                + "<h2 id=\"method\">Method</h2><h2 id=\"unlinked\">Other</h2>"
                                + "<p><a href=\"#method\">see the method</a></p>"
                                + "<ol><li id=\"fn1\">The source. <a href=\"#ref1\">↩</a></li></ol>");
        assertEquals(
                "<p>A claim.<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup></p>"
                        + "<h2 id=\"method\">Method</h2><h2>Other</h2>"
                        + "<p><a href=\"#method\">see the method</a></p>"
                        + "<ol><li id=\"fn1\">The source. <a href=\"#ref1\">↩</a></li></ol>",
                html);
    }

    @Test
    void aScriptLeavesNothingVisibleBehindButIsNamed() {
        ContentRenderer.Sanitized clean =
                renderer.sanitizeReporting(
                        "<blockquote class=\"twitter-tweet\"><p>Sharp!</p></blockquote>"
                                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>",
                        null);
        assertEquals("<blockquote><p>Sharp!</p></blockquote>", clean.html());
        assertEquals(
                List.of("script src=https://platform.twitter.com/widgets.js"), clean.removed());
    }

    @Test
    void namesTheGhostCardThatLostAForm() {
        ContentRenderer.Sanitized clean =
                renderer.sanitizeReporting(
                        "<div class=\"kg-card kg-signup-card\"><h2>Join us</h2>"
                                + "<form data-members-form=\"signup\"><input type=\"email\">"
                                + "<button>Subscribe</button></form></div>",
                        null);
        assertEquals("<div><h2>Join us</h2></div>", clean.html());
        assertEquals(List.of("form in kg-signup-card"), clean.removed());
    }

    @Test
    void keepsPlayersFromAllowedHostsAndTurnsOtherEmbedsIntoLinksNamingEach() {
        ContentRenderer.Sanitized clean =
                renderer.sanitizeReporting(
                        "<p>Watch:</p><iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\""
                                + " onload=\"x()\" allow=\"camera\" allowfullscreen></iframe>"
                                + "<iframe src=\"https://ads.example/frame\">fallback</iframe>"
                                + "<script src=\"https://gist.github.com/octo/1.js\"></script>"
                                + "<script>track()</script>"
                                + "<svg><circle r=\"4\"/></svg>"
                                + "<video src=\"https://media.example/a.mp4\" controls onplay=\"x()\"></video>"
                                + "<audio controls></audio>",
                        null);
        assertEquals(
                "<p>Watch:</p><iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\""
                        + " allowfullscreen></iframe>"
                        + "<a href=\"https://ads.example/frame\">https://ads.example/frame</a>"
                        + "<a href=\"https://gist.github.com/octo/1\">https://gist.github.com/octo/1</a>"
                        + "<video src=\"https://media.example/a.mp4\" controls=\"\"></video>",
                clean.html());
        assertEquals(
                List.of(
                        "iframe src=https://ads.example/frame",
                        "script src=https://gist.github.com/octo/1.js",
                        "script",
                        "svg",
                        "audio"),
                clean.removed());
    }

    @Test
    void aSelfClosedIframeDoesNotSwallowTheRestOfThePost() {
        assertEquals(
                "<p>before</p><iframe src=\"https://player.vimeo.com/video/1\"></iframe><p>after</p>",
                renderer.sanitize(
                        "<p>before</p><iframe src=\"https://player.vimeo.com/video/1\"/><p>after</p>"));
        assertEquals(
                "<p>before</p><a href=\"https://elsewhere.example/x\">https://elsewhere.example/x</a>"
                        + "<p>after</p>",
                renderer.sanitize(
                        "<p>before</p><iframe src=\"https://elsewhere.example/x\" /><p>after</p>"));
    }

    @Test
    void anImportedBodyIsReadOnceSoItsLinksBecomeAbsoluteWithoutASelfClosedIframeSwallowingIt() {
        ContentRenderer.Sanitized clean =
                renderer.sanitizeReporting(
                        "<p><iframe src='https://www.blogger.com/video.g?token=a' /></p>"
                                + "<p><a href=\"../other/\">other</a> <img src=\"pic.png\"></p>"
                                + "<iframe src='//www.blogger.com/video.g?token=b' />",
                        URI.create("https://old.example/2015/09/post/"));
        assertEquals(
                "<p><iframe src=\"https://www.blogger.com/video.g?token=a\"></iframe></p>"
                        + "<p><a href=\"https://old.example/2015/09/other/\">other</a>"
                        + " <img src=\"https://old.example/2015/09/post/pic.png\"></p>"
                        + "<iframe src=\"https://www.blogger.com/video.g?token=b\"></iframe>",
                clean.html());
        assertEquals(List.of(), clean.removed());
        assertEquals(
                "<p><a href=\"#top\">top</a></p>",
                renderer.sanitizeReporting(
                                "<p><a href=\"#top\">top</a></p>",
                                URI.create("https://old.example/a/"))
                        .html());
    }

    @Test
    void keepsLinksImagesCodeListsAndEntities() {
        String safe =
                "<p>I’ve tried <a href=\"http://tools.example.com/guides?id=4&amp;lang=en\">the maker’s page</a>.</p>"
                        + "<pre>angle = 25 &lt; 30 &amp;&amp; burr &gt; 0\n</pre>"
                        + "<ul><li>one</li><li>two</li></ul><img src=\"https://img.example/a.png\" alt=\"A\">"
                        + "<p>Straße, 日本語 and emoji 🪵</p><p><a href=\"/articles/2007/06/30/x\">relative</a></p>";
        assertEquals(safe, renderer.sanitize(safe));
    }

    @Test
    void rendersMarkdownThenSanitisesIt() {
        assertEquals(
                "<p><a href=\"https://example.org\">link</a> and <strong>bold</strong></p>\n",
                renderer.markdownToHtml("[link](https://example.org) and **bold**"));
        String html =
                renderer.markdownToHtml(
                        "[click](javascript:alert(1))\n\n<img src=x onerror=alert(1)>");
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onerror"), html);
        assertEquals(
                "<pre><code class=\"language-java\">a &lt; b\n</code></pre>\n",
                renderer.markdownToHtml("```java\na < b\n```"));
    }

    @Test
    void derivesAPlainTextExcerptCutAtAWord() {
        assertEquals(
                "Fish & chips < 5", renderer.excerptOf("<p>Fish &amp; chips</p>\n<p>&lt; 5</p>"));
        String excerpt = renderer.excerptOf("<p>" + "word ".repeat(200) + "</p>");
        assertTrue(excerpt.endsWith("word…"), excerpt);
        assertTrue(excerpt.length() <= ContentRenderer.EXCERPT_LENGTH + 1);
    }

    private static BlogConfig config() {
        return (BlogConfig)
                Proxy.newProxyInstance(
                        BlogConfig.class.getClassLoader(),
                        new Class<?>[] {BlogConfig.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "baseUrl" -> "https://blog.test";
                                    case "embedHosts" ->
                                            List.of(
                                                    "www.youtube.com",
                                                    "player.vimeo.com",
                                                    "www.blogger.com");
                                    default -> null;
                                });
    }
}
