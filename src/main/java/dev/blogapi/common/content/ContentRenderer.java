package dev.blogapi.common.content;

import dev.blogapi.common.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Turns what writers send into what readers get: Markdown rendered by commonmark-java, every body
 * sanitised by jsoup's allow-list cleaner, excerpts as plain text.
 */
@ApplicationScoped
public class ContentRenderer {

    static final int EXCERPT_LENGTH = 280;

    private final Parser markdownParser;
    private final HtmlRenderer markdownRenderer;
    private final Safelist safelist;
    private final Document.OutputSettings output;
    private final String baseUri;

    public ContentRenderer(BlogConfig config) {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.markdownParser = Parser.builder().extensions(extensions).build();
        this.markdownRenderer = HtmlRenderer.builder().extensions(extensions).build();
        this.safelist =
                Safelist.relaxed()
                        .addTags("figure", "figcaption", "del", "ins", "hr", "abbr", "mark", "s")
                        .addAttributes(":all", "title")
                        .addAttributes("code", "class")
                        .addAttributes("pre", "class")
                        .addAttributes("abbr", "title")
                        .addAttributes("a", "rel")
                        .preserveRelativeLinks(true);
        this.output =
                new Document.OutputSettings()
                        .prettyPrint(false)
                        .charset("UTF-8")
                        .escapeMode(Entities.EscapeMode.base);
        this.baseUri = config.baseUrl();
    }

    public String markdownToHtml(String markdown) {
        return sanitize(markdownRenderer.render(markdownParser.parse(markdown)));
    }

    /**
     * Removes scripts, event handlers, {@code javascript:} URLs and anything else not on the
     * allow-list.
     */
    public String sanitize(String html) {
        return Jsoup.clean(XmlCharacters.strip(html), baseUri, safelist, output);
    }

    /** The body's text, whitespace folded, cut at a word boundary. */
    public String excerptOf(String html) {
        String text = Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
    }

    /** Plain text of a title or excerpt that may hold markup or entities. */
    public String plainText(String maybeHtml) {
        return Jsoup.parse(maybeHtml).text().strip();
    }
}
