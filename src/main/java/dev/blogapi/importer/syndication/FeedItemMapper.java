package dev.blogapi.importer.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.blogapi.common.config.BaseUrl;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.content.XmlCharacters;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.ItemFailure;
import dev.blogapi.importer.WarningKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jsoup.nodes.Entities;

/** Maps one RSS item or Atom entry, as ROME read it, to an {@link ImportedPost}. */
@Singleton
public class FeedItemMapper {

    // Where feeds put an item's date: RSS, Dublin Core, Atom, and RSS 1.0's dcterms.
    private static final Pattern MARKUP =
            Pattern.compile("<[a-zA-Z/!]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "date", "published", "updated", "issued", "created", "modified");

    private final ContentRenderer renderer;
    private final String baseUrl;
    private final String defaultAuthor;

    @Inject
    FeedItemMapper(ContentRenderer renderer, BlogConfig config) {
        this(renderer, config.baseUrl(), config.defaultAuthor());
    }

    public FeedItemMapper(ContentRenderer renderer, String baseUrl, String defaultAuthor) {
        this.renderer = renderer;
        this.baseUrl = BaseUrl.normalise(baseUrl);
        this.defaultAuthor = defaultAuthor;
    }

    /** This blog's address: items' links under it keep their paths as permalinks. */
    String baseUrl() {
        return baseUrl;
    }

    /** The item's guid for a failure report: its guid or id, else its link. */
    public static String identity(SyndEntry entry) {
        return entry.getUri() != null && !entry.getUri().isBlank()
                ? entry.getUri().strip()
                : entry.getLink();
    }

    /**
     * Maps {@code entry}; {@code element} is its item or entry element in the document (null when
     * unknown), {@code feed} what the feed says for all its items.
     */
    public ImportedPost map(SyndEntry entry, Element element, FeedContext feed) throws ItemFailure {
        return map(entry, element, feed, UnaryOperator.identity());
    }

    /**
     * {@link #map(SyndEntry, Element, FeedContext)}, with what an engine's raw body needs before
     * its one sanitising pass ({@code prepare}: WordPress's paragraphs).
     */
    public ImportedPost map(
            SyndEntry entry, Element element, FeedContext feed, UnaryOperator<String> prepare)
            throws ItemFailure {
        String guid = identity(entry);
        if (guid == null || guid.isBlank()) {
            throw new ItemFailure("no guid, id or link to identify it");
        }
        List<ImportReport.Warning> warnings = new ArrayList<>();
        URI xmlBase = FeedLinks.xmlBaseOf(element, feed.base());
        URI link =
                FeedLinks.absoluteOrNull(entry.getLink(), xmlBase != null ? xmlBase : feed.base());
        URI bodyBase = xmlBase != null ? xmlBase : link != null ? link : feed.base();
        SyndContent content = firstContent(entry);
        SyndContent description = nonBlank(entry.getDescription());
        SyndContent bodySource = content != null ? content : description;
        String title = titleOf(entry);
        if (title.isEmpty() && bodySource == null) {
            throw new ItemFailure("no title and no body");
        }
        String html = bodyOf(bodySource, feed, bodyBase, prepare, guid, warnings);
        if (title.isEmpty()) {
            title = titleFromBody(html, guid, warnings);
        }
        String excerpt =
                content != null && description != null
                        ? renderer.plainText(htmlOf(description, feed))
                        : null;
        Addresses addresses = addressesOf(entry.getLink(), link, title);
        return ImportedPost.fromFeed(
                guid,
                title,
                html,
                excerpt,
                dateOf(entry, element, feed, guid, warnings),
                Named.of(fitted(authorOf(entry, element, feed), guid, warnings)),
                categoriesOf(entry, element).stream().map(Named::of).toList(),
                Slugs.from(addresses.slugSource(), Slugs.from(title, "post")),
                addresses.oldPaths(),
                addresses.legacyPath(),
                warnings);
    }

    /** The body, prepared for its engine and sanitised once; what was taken out is reported. */
    private String bodyOf(
            SyndContent source,
            FeedContext feed,
            URI base,
            UnaryOperator<String> prepare,
            String guid,
            List<ImportReport.Warning> warnings) {
        if (source == null) {
            return "";
        }
        ContentRenderer.Sanitized body =
                renderer.sanitizeReporting(prepare.apply(htmlOf(source, feed)), base);
        if (!body.removed().isEmpty()) {
            warnings.add(ImportReport.Warning.removedMarkup(guid, body.removed()));
        }
        return body.html();
    }

    /** A title for an item that has none: the start of its body, and a warning saying so. */
    private String titleFromBody(String html, String guid, List<ImportReport.Warning> warnings) {
        String text = renderer.excerptOf(html);
        String title = text.length() > 80 ? text.substring(0, 80).strip() + "…" : text;
        warnings.add(
                ImportReport.Warning.of(
                        guid,
                        WarningKind.UNTITLED,
                        "no title in the source: published under '"
                                + title
                                + "', taken from the body"));
        return title;
    }

    /** An author's name as long as a name may be; a list of authors is cut, and reported. */
    private static String fitted(String author, String guid, List<ImportReport.Warning> warnings) {
        if (author.length() <= FieldLimits.NAME) {
            return author;
        }
        String shortened = Authors.shortened(author, FieldLimits.NAME);
        warnings.add(
                ImportReport.Warning.of(
                        guid,
                        WarningKind.SHORTENED,
                        "the author ("
                                + author.length()
                                + " characters, more than the "
                                + FieldLimits.NAME
                                + " a name may have) was shortened to '"
                                + shortened
                                + "'"));
        return shortened;
    }

    /**
     * Where the item lived: its link's path (and query) as an old path, the path under this blog's
     * address as its permalink, and the last segment as the slug it wants.
     */
    private record Addresses(List<String> oldPaths, String legacyPath, String slugSource) {}

    private Addresses addressesOf(String writtenLink, URI link, String title) {
        List<String> oldPaths = new ArrayList<>();
        String legacyPath = null;
        String slugSource = title;
        String written = writtenLink == null ? "" : writtenLink.strip();
        String absolute = link != null ? link.toString() : written;
        if (absolute.isEmpty()) {
            return new Addresses(oldPaths, null, title);
        }
        String path = pathOf(absolute);
        if (path != null) {
            oldPaths.add(path);
            slugSource = lastSegment(path).orElse(title);
        }
        if (absolute.startsWith(baseUrl + "/")) {
            legacyPath = absolute.substring(baseUrl.length());
            if (!oldPaths.contains(legacyPath)) {
                oldPaths.add(legacyPath);
            }
        }
        return new Addresses(oldPaths, legacyPath, slugSource);
    }

    /**
     * The item's date as ROME read it, else as {@link FeedDates} reads its date elements; with none
     * readable, the feed's date, else the import's, and a warning saying so.
     */
    private static Instant dateOf(
            SyndEntry entry,
            Element element,
            FeedContext feed,
            String guid,
            List<ImportReport.Warning> warnings) {
        Date read =
                entry.getPublishedDate() != null
                        ? entry.getPublishedDate()
                        : entry.getUpdatedDate();
        if (read != null) {
            return read.toInstant();
        }
        List<String> written = new ArrayList<>();
        if (element != null) {
            for (String name : DATE_ELEMENTS) {
                for (Element child : element.getChildren()) {
                    if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                        written.add(child.getTextTrim());
                    }
                }
            }
        }
        for (String text : written) {
            Optional<Instant> parsed = FeedDates.parse(text, feed.language());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        String source =
                written.isEmpty() ? "no date" : "no readable date ('" + written.get(0) + "')";
        warnings.add(
                ImportReport.Warning.of(
                        guid,
                        WarningKind.UNDATED,
                        source
                                + " in the source: a new post is dated with the import's time,"
                                + " one imported before keeps its date"));
        return null;
    }

    private String titleOf(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        String value = title != null ? title.getValue() : entry.getTitle();
        if (value == null) {
            return "";
        }
        // Titles are text, but feeds put markup and escaped entities in them (<span>₹</span>,
        // &#x0024;), which feed readers show as text.
        boolean markup =
                (title != null
                                && title.getType() != null
                                && title.getType().toLowerCase(Locale.ROOT).contains("html"))
                        || MARKUP.matcher(value).find();
        String plain = markup ? renderer.plainText(value) : value;
        return XmlCharacters.strip(plain).replaceAll("\\s+", " ").strip();
    }

    private static SyndContent firstContent(SyndEntry entry) {
        return entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .findFirst()
                .orElse(null);
    }

    private static SyndContent nonBlank(SyndContent content) {
        return content != null && content.getValue() != null && !content.getValue().isBlank()
                ? content
                : null;
    }

    /** Text content is escaped so it shows as written; HTML and XHTML pass on to the sanitiser. */
    /**
     * An RSS description is HTML whatever ROME calls it (RSS 1.0 included); an Atom text construct
     * of type text is escaped so it shows as written; HTML and XHTML pass on to the sanitiser.
     */
    private static String htmlOf(SyndContent content, FeedContext feed) {
        String type =
                content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        boolean plainText = feed.atom() && (type.equals("text") || type.equals("text/plain"));
        return plainText ? Entities.escape(content.getValue()) : content.getValue();
    }

    /**
     * The entry's own author (an Atom author, an RSS author or dc:creator, an Atom author nested in
     * an RSS item), else the feed's, else the configured default.
     */
    private String authorOf(SyndEntry entry, Element element, FeedContext feed) {
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return Authors.nameIn(person.getName());
            }
        }
        String written = Authors.nameIn(entry.getAuthor());
        if (written == null) {
            written = Authors.writtenIn(element);
        }
        if (written != null) {
            return written;
        }
        return feed.author() != null ? feed.author() : defaultAuthor;
    }

    /**
     * The entry's categories as ROME read them; when it read none, the item's own {@code category}
     * elements (ROME misses them in an RSS 2.0 that declares a default namespace).
     */
    private static List<String> categoriesOf(SyndEntry entry, Element element) {
        List<String> written = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            written.add(
                    category.getLabel() != null && !category.getLabel().isBlank()
                            ? category.getLabel()
                            : category.getName());
        }
        if (written.isEmpty() && element != null) {
            for (Element category : element.getChildren("category", element.getNamespace())) {
                written.add(category.getText());
            }
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : written) {
            if (name != null && !name.isBlank()) {
                names.add(name.replaceAll("\\s+", " ").strip());
            }
        }
        return List.copyOf(names);
    }

    private static String pathOf(String link) {
        try {
            URI uri = URI.create(link);
            String path = uri.getRawPath();
            if (path == null || path.isEmpty()) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<String> lastSegment(String path) {
        String withoutQuery = path.replaceFirst("\\?.*$", "").replaceAll("/+$", "");
        String segment =
                withoutQuery
                        .substring(withoutQuery.lastIndexOf('/') + 1)
                        .replaceFirst("\\.[a-z0-9]{2,5}$", "");
        return segment.isBlank()
                ? Optional.empty()
                : Optional.of(URLDecoder.decode(segment, StandardCharsets.UTF_8));
    }
}
