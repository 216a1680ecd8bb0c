package dev.blogapi.common.content;

import dev.blogapi.common.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Turns what writers send into what readers get: Markdown rendered by commonmark-java, every body
 * sanitised by jsoup's allow-list cleaner, excerpts as plain text.
 */
@ApplicationScoped
public class ContentRenderer {

    static final int EXCERPT_LENGTH = 280;

    /**
     * Where the free preview of a members or paid post ends, as Ghost writes it; kept through
     * sanitising (once) so the store can tell the free part from the gated rest.
     */
    public static final String MEMBERS_MARKER = "<!--members-only-->";

    // The marker stands as this text while the cleaner (which drops comments) runs.
    private static final String MARKER_STANDIN = "\uE000members-only\uE000";

    private final Parser markdownParser;
    private final HtmlRenderer markdownRenderer;
    private final Safelist safelist;
    private final Document.OutputSettings output;
    private final String baseUri;
    private final Embeds embeds;

    /**
     * Sanitised HTML, and what the sanitiser took out that showed something (see {@link Embeds}).
     */
    public record Sanitized(String html, List<String> removed) {}

    // A non-void element written self-closed (<iframe/>) opens an element in HTML, and for raw
    // text elements such as iframe that would swallow the rest of the post.
    private static final Pattern SELF_CLOSED =
            Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*?)?\\s*/>");
    private static final Set<String> VOID =
            Set.of(
                    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                    "source", "track", "wbr");

    public ContentRenderer(BlogConfig config) {
        List<Extension> extensions = List.of(TablesExtension.create());
        this.markdownParser = Parser.builder().extensions(extensions).build();
        this.markdownRenderer = HtmlRenderer.builder().extensions(extensions).build();
        this.safelist =
                Safelist.relaxed()
                        .addTags("figure", "figcaption", "del", "ins", "hr", "abbr", "mark", "s")
                        .addAttributes(":all", "title", "id")
                        .addAttributes("code", "class")
                        .addAttributes("pre", "class")
                        .addAttributes("abbr", "title")
                        .addAttributes("a", "rel")
                        .addTags("iframe", "video", "audio", "source")
                        .addAttributes(
                                "iframe",
                                "src",
                                "width",
                                "height",
                                "title",
                                "allowfullscreen",
                                "loading",
                                "frameborder")
                        .addProtocols("iframe", "src", "https")
                        .addAttributes(
                                "video",
                                "src",
                                "poster",
                                "controls",
                                "width",
                                "height",
                                "preload",
                                "loop",
                                "muted",
                                "playsinline")
                        .addAttributes("audio", "src", "controls", "preload", "loop", "muted")
                        .addAttributes("source", "src", "type")
                        .addProtocols("video", "src", "http", "https")
                        .addProtocols("video", "poster", "http", "https")
                        .addProtocols("audio", "src", "http", "https")
                        .addProtocols("source", "src", "http", "https")
                        .preserveRelativeLinks(true);
        this.embeds = new Embeds(config.embedHosts());
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
        return sanitizeReporting(html, null).html();
    }

    /**
     * {@link #sanitize}, also naming what was taken out that showed something: an iframe from a
     * host not in BLOG_EMBED_HOSTS, a script, an object, an SVG (each with a source becomes a link
     * to it). With a {@code base} (an imported post's own, not this blog's), relative {@code href}
     * and {@code src} are made absolute against it first; links within the page ({@code #…}) stay.
     * The body is parsed once, after self-closed elements are closed, for all of it.
     */
    public Sanitized sanitizeReporting(String html, URI base) {
        Document document =
                Jsoup.parseBodyFragment(
                        closeSelfClosed(XmlCharacters.strip(html)),
                        base != null ? base.toString() : baseUri);
        if (base != null) {
            makeLinksAbsolute(document.body());
        }
        List<String> removed = embeds.settle(document.body());
        boolean marked = standInForMarker(document.body());
        Set<String> linkedTo = fragmentsLinkedIn(document.body());
        Document clean = new Cleaner(safelist).clean(document);
        clean.body().select("[id]").stream()
                .filter(element -> !linkedTo.contains(element.id()))
                .forEach(element -> element.removeAttr("id"));
        clean.outputSettings(output);
        String cleaned = clean.body().html();
        return new Sanitized(
                marked ? cleaned.replace(MARKER_STANDIN, MEMBERS_MARKER) : cleaned, removed);
    }

    /**
     * The ids links in the same body point to ({@code href="#id"}: footnotes, headings): only those
     * keep their {@code id}, so in-page links work and no other id reaches a front end's page.
     */
    private static Set<String> fragmentsLinkedIn(Element body) {
        Set<String> ids = new HashSet<>();
        for (Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Replaces the first members-only comment with a stand-in the cleaner keeps; drops others. */
    private static boolean standInForMarker(Element body) {
        List<Comment> markers = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof Comment comment
                            && comment.getData().strip().equals("members-only")) {
                        markers.add(comment);
                    }
                },
                body);
        for (int i = 0; i < markers.size(); i++) {
            if (i == 0) {
                markers.get(i).replaceWith(new TextNode(MARKER_STANDIN));
            } else {
                markers.get(i).remove();
            }
        }
        return !markers.isEmpty();
    }

    /**
     * The free part of a sanitised body: what comes before its {@link #MEMBERS_MARKER}, with any
     * element the marker sat inside closed; empty when the body has no marker.
     */
    public Optional<String> freePart(String sanitizedHtml) {
        int marker = sanitizedHtml.indexOf(MEMBERS_MARKER);
        if (marker < 0) {
            return Optional.empty();
        }
        Document free = Jsoup.parseBodyFragment(sanitizedHtml.substring(0, marker));
        free.outputSettings(output);
        return Optional.of(free.body().html());
    }

    /**
     * The body with every relative {@code href} and {@code src} resolved against {@code base}
     * (links within the page stay): what feeds send, since their readers show a body away from its
     * site. The same rule imports apply to a moved blog's bodies; unchanged bodies come back as
     * they were.
     */
    public String withAbsoluteLinks(String html, String base) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html, base.endsWith("/") ? base : base + "/");
        document.outputSettings(output);
        return makeLinksAbsolute(document.body()) ? document.body().html() : html;
    }

    /** Where a body names another resource: the element, the attribute and its value. */
    public record Address(String element, String attribute, String value) {}

    private static final String[] ADDRESS_ATTRIBUTES = {"href", "src", "poster"};

    /**
     * The body with each {@code href}, {@code src} and {@code poster} replaced by what {@code
     * replace} answers for it (its own value keeps it): how an import points a moved blog's files
     * at their new home. Unchanged bodies come back as they were.
     */
    public String withAddresses(String html, Function<Address, String> replace) {
        if (!html.contains("href=") && !html.contains("src=") && !html.contains("poster=")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(output);
        boolean changed = false;
        for (String attribute : ADDRESS_ATTRIBUTES) {
            for (Element element : document.body().select("[" + attribute + "]")) {
                String value = element.attr(attribute);
                String replaced =
                        replace.apply(new Address(element.normalName(), attribute, value));
                if (!replaced.equals(value)) {
                    element.attr(attribute, replaced);
                    changed = true;
                }
            }
        }
        return changed ? document.body().html() : html;
    }

    private static boolean makeLinksAbsolute(Element body) {
        boolean changed = false;
        for (String attribute : new String[] {"href", "src"}) {
            for (Element element : body.select("[" + attribute + "]")) {
                String value = element.attr(attribute).strip();
                if (!value.isEmpty() && !value.startsWith("#")) {
                    String absolute = element.absUrl(attribute);
                    if (!absolute.isEmpty() && !absolute.equals(value)) {
                        element.attr(attribute, absolute);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    private static String closeSelfClosed(String html) {
        if (!html.contains("/>")) {
            return html;
        }
        Matcher tag = SELF_CLOSED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            String name = tag.group(1);
            String replacement =
                    VOID.contains(name.toLowerCase(Locale.ROOT))
                            ? tag.group()
                            : "<"
                                    + name
                                    + (tag.group(2) == null ? "" : tag.group(2))
                                    + "></"
                                    + name
                                    + ">";
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
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
        return textOf(maybeHtml);
    }

    /** {@link #plainText}, for code that holds no renderer. */
    public static String textOf(String maybeHtml) {
        return Jsoup.parse(maybeHtml).text().strip();
    }
}
