package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.content.XmlCharacters;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** Maps one RSS item or Atom entry, as ROME read it, to an {@link ImportedPost}. */
class FeedItemMapper {

    private final ContentRenderer renderer;
    private final String baseUrl;
    private final String defaultAuthor;

    FeedItemMapper(ContentRenderer renderer, String baseUrl, String defaultAuthor) {
        this.renderer = renderer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.defaultAuthor = defaultAuthor;
    }

    /** The item's guid for a failure report: its guid or id, else its link. */
    static String identity(SyndEntry entry) {
        return entry.getUri() != null && !entry.getUri().isBlank()
                ? entry.getUri().strip()
                : entry.getLink();
    }

    ImportedPost map(SyndEntry entry) throws ItemFailure {
        String guid = identity(entry);
        if (guid == null || guid.isBlank()) {
            throw new ItemFailure("no guid, id or link to identify it");
        }
        require(
                guid.length() <= FieldLimits.GUID,
                "guid is longer than " + FieldLimits.GUID + " characters");
        String title = titleOf(entry);
        SyndContent content = firstContent(entry);
        SyndContent description = entry.getDescription();
        SyndContent body = content != null ? content : nonBlank(description);
        if (title.isEmpty() && body == null) {
            throw new ItemFailure("no title and no body");
        }
        String html = body == null ? "" : renderer.sanitize(htmlOf(body));
        require(
                html.length() <= FieldLimits.CONTENT,
                "body is longer than " + FieldLimits.CONTENT + " characters");
        if (title.isEmpty()) {
            title = renderer.excerptOf(html);
            title = title.length() > 80 ? title.substring(0, 80).strip() + "…" : title;
        }
        require(
                title.length() <= FieldLimits.TITLE,
                "title is longer than " + FieldLimits.TITLE + " characters");
        String excerpt = null;
        if (content != null && nonBlank(description) != null) {
            excerpt = renderer.plainText(htmlOf(description));
            require(
                    excerpt.length() <= FieldLimits.EXCERPT,
                    "summary is longer than " + FieldLimits.EXCERPT + " characters");
        }
        Date date =
                entry.getPublishedDate() != null
                        ? entry.getPublishedDate()
                        : entry.getUpdatedDate();
        if (date == null) {
            throw new ItemFailure("no parsable publication date (pubDate, published or updated)");
        }
        String author = authorOf(entry);
        require(
                author.length() <= FieldLimits.NAME,
                "author name is longer than " + FieldLimits.NAME + " characters");
        List<String> categories = categoriesOf(entry);
        String link = entry.getLink() == null ? null : entry.getLink().strip();
        List<String> oldPaths = new ArrayList<>();
        String legacyPath = null;
        String slugSource = title;
        if (link != null && !link.isEmpty()) {
            String path = pathOf(link);
            if (path != null) {
                require(
                        path.length() <= FieldLimits.PATH,
                        "link is longer than " + FieldLimits.PATH + " characters");
                oldPaths.add(path);
                slugSource = lastSegment(path).orElse(title);
            }
            if (link.startsWith(baseUrl + "/")) {
                legacyPath = link.substring(baseUrl.length());
                if (!oldPaths.contains(legacyPath)) {
                    oldPaths.add(legacyPath);
                }
            }
        }
        return new ImportedPost(
                guid,
                title,
                html,
                excerpt,
                date.toInstant(),
                author,
                categories,
                Slugs.from(slugSource, Slugs.from(title, "post")),
                oldPaths,
                legacyPath);
    }

    private String titleOf(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        String value = title != null ? title.getValue() : entry.getTitle();
        if (value == null) {
            return "";
        }
        boolean markup =
                title != null
                        && title.getType() != null
                        && title.getType().toLowerCase(Locale.ROOT).contains("html");
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
    private static String htmlOf(SyndContent content) {
        String type =
                content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        boolean plainText = type.equals("text") || type.equals("text/plain");
        return plainText ? Entities.escape(content.getValue()) : content.getValue();
    }

    private String authorOf(SyndEntry entry) {
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return person.getName().strip();
            }
        }
        String author = entry.getAuthor();
        return author == null || author.isBlank() ? defaultAuthor : author.strip();
    }

    private static List<String> categoriesOf(SyndEntry entry) throws ItemFailure {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            String name =
                    category.getLabel() != null && !category.getLabel().isBlank()
                            ? category.getLabel()
                            : category.getName();
            if (name != null && !name.isBlank()) {
                String clean = name.replaceAll("\\s+", " ").strip();
                require(
                        clean.length() <= FieldLimits.NAME,
                        "category name is longer than " + FieldLimits.NAME + " characters");
                names.add(clean);
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

    private static void require(boolean condition, String reason) throws ItemFailure {
        if (!condition) {
            throw new ItemFailure(reason);
        }
    }
}
