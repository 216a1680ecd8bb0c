package dev.blogapi.importer.wordpress;

import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.WarningKind;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.parser.Parser;

/**
 * What a WordPress export (WXR: RSS 2.0 with the {@code wp:} namespace) says beyond the feed: which
 * items are content ({@code wp:post_type} post or page) and which are attachments, menus or styles;
 * the status, the GMT date, the slug, categories and tags by their {@code domain}, the author's
 * display name, and the old addresses ({@code link} and {@code ?p=ID}).
 */
final class WordPressItems {

    private static final DateTimeFormatter WP_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");

    private final Map<String, String> displayNames;
    private final Map<String, Integer> guidCounts;
    private static final Pattern WORDPRESS_COM =
            Pattern.compile("https?://([a-z0-9-]+)\\.wordpress\\.com/?", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> attachmentUrls = new HashMap<>();
    private final Map<String, Element> attachments = new HashMap<>();
    private final Map<String, List<String>> attachmentsByParent = new HashMap<>();
    private final Map<String, String> guidsById = new HashMap<>();

    private WordPressItems(Map<String, String> displayNames, Map<String, Integer> guidCounts) {
        this.displayNames = displayNames;
        this.guidCounts = guidCounts;
    }

    /**
     * The guid of the page a page sits under ({@code wp:post_parent}), as its own item is imported
     * with it; empty for a post, a top page or a parent the export lacks.
     */
    Optional<String> parentGuidOf(Element item) {
        String parent = wp(item, "post_parent");
        if (!typeOf(item).equals("page") || parent == null || !guidsById.containsKey(parent)) {
            return Optional.empty();
        }
        return Optional.of(guidsById.get(parent));
    }

    /** Each attachment's file address, by its post id: what galleries show. */
    Map<String, String> attachmentUrls() {
        return attachmentUrls;
    }

    /** The attachments uploaded to each post, in the export's order: a gallery without ids. */
    Map<String, List<String>> attachmentsByParent() {
        return attachmentsByParent;
    }

    /** The site's address as the export writes it ({@code wp:base_site_url}). */
    static Optional<String> siteOf(Element root) {
        Element channel = root.getChild("channel");
        return Optional.ofNullable(channel == null ? null : wp(channel, "base_site_url"));
    }

    /**
     * Where the blog and its files were: {@code wp:base_site_url} and {@code wp:base_blog_url}
     * (they differ when WordPress lives in a folder of the site). A WordPress.com blog's site is
     * wordpress.com itself, shared by every blog there: its own are its blog address and the host
     * WordPress.com serves its uploads from ({@code blog.files.wordpress.com}).
     */
    static List<String> addressesOf(Element root) {
        Element channel = root.getChild("channel");
        if (channel == null) {
            return List.of();
        }
        String site = wp(channel, "base_site_url");
        String blog = wp(channel, "base_blog_url");
        Optional<String> hosted = wordpressComName(blog);
        if (hosted.isPresent()) {
            return List.of(blog.strip(), "https://" + hosted.get() + ".files.wordpress.com/");
        }
        List<String> addresses = new ArrayList<>();
        for (String address : new String[] {site, blog}) {
            if (address != null && !address.isBlank()) {
                addresses.add(address.strip());
            }
        }
        return addresses;
    }

    /** The blog's name when {@code blog} is a WordPress.com address (name.wordpress.com). */
    private static Optional<String> wordpressComName(String blog) {
        if (blog == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher hosted = WORDPRESS_COM.matcher(blog.strip());
        return hosted.matches() ? Optional.of(hosted.group(1)) : Optional.empty();
    }

    /** The item's WordPress post id; null when the export has none. */
    static String postIdOf(Element item) {
        return wp(item, "post_id");
    }

    private void addAttachment(Element item) {
        String id = wp(item, "post_id");
        String url = wp(item, "attachment_url");
        if (id == null || url == null) {
            return;
        }
        attachmentUrls.put(id, url);
        attachments.put(id, item);
        String parent = wp(item, "post_parent");
        if (parent != null && !parent.equals("0")) {
            attachmentsByParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(id);
        }
    }

    /** The WXR reading of a document, or empty when it is not a WordPress export. */
    static Optional<WordPressItems> of(Element root, List<Element> items) {
        Element channel = root.getChild("channel");
        if (channel == null || items.stream().noneMatch(item -> wp(item, "post_type") != null)) {
            return Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        for (Element author : channel.getChildren()) {
            if (author.getName().equals("author") && isWp(author.getNamespace())) {
                String login = wp(author, "author_login");
                String display = unescaped(wp(author, "author_display_name"));
                if (login != null && display != null) {
                    names.put(login, display);
                }
            }
        }
        Map<String, Integer> guids = new HashMap<>();
        for (Element item : items) {
            String guid = item.getChildTextTrim("guid");
            if (guid != null && !guid.isEmpty()) {
                guids.merge(guid, 1, Integer::sum);
            }
        }
        WordPressItems wordpress = new WordPressItems(names, guids);
        items.stream()
                .filter(item -> typeOf(item).equals("attachment"))
                .forEach(wordpress::addAttachment);
        for (Element item : items) {
            String id = wp(item, "post_id");
            String guid = item.getChildTextTrim("guid");
            if (id != null && guid != null && !guid.isEmpty()) {
                wordpress.guidsById.put(id, guidOf(guid, id, guids));
            }
        }
        return Optional.of(wordpress);
    }

    /**
     * Why an item is not imported: not a post or page (an attachment, a menu item, styles…), or a
     * status with nothing to show (trash, auto-draft, a revision's inherit); empty for content.
     */
    static Optional<ImportReport.Skipped> leftOut(Element item) {
        String type = typeOf(item);
        if (type.equals("attachment")) {
            return Optional.of(
                    new ImportReport.Skipped(
                            "attachment",
                            1,
                            "an attachment is a file, not a post; its URLs in bodies are left as"
                                    + " they are"));
        }
        if (!type.equals("post") && !type.equals("page")) {
            return Optional.of(
                    new ImportReport.Skipped(
                            type, 1, "a WordPress " + type + " item is not a post or a page"));
        }
        String status = statusOf(item);
        if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
            return Optional.of(
                    new ImportReport.Skipped(
                            status, 1, "WordPress keeps " + status + " items out of sight too"));
        }
        return Optional.empty();
    }

    /** How many comments ({@code wp:comment}) the item carries; they are not imported. */
    static int commentsIn(Element item) {
        int comments = 0;
        for (Element child : item.getChildren()) {
            if (child.getName().equals("comment") && isWp(child.getNamespace())) {
                comments++;
            }
        }
        return comments;
    }

    /** The item's {@code wp:post_type}: post, page, attachment, nav_menu_item… */
    static String typeOf(Element item) {
        String type = wp(item, "post_type");
        return type == null ? "post" : type;
    }

    /** The item's status: publish, future, draft, pending, private, trash, auto-draft, inherit. */
    static String statusOf(Element item) {
        String status = wp(item, "status");
        return status == null ? "publish" : status;
    }

    /** A raw body as WordPress shows it: its paragraphs, without block-editor comments. */
    static String prepareBody(String raw) {
        return BLOCK_COMMENT.matcher(paragraphs(raw)).replaceAll("");
    }

    /**
     * A post or page of the export: the feed mapper's reading (its body already prepared by {@link
     * #prepareBody} and sanitised once) with WordPress's own facts.
     */
    ImportedPost adapt(ImportedPost mapped, Element item) {
        String postId = wp(item, "post_id");
        String guid = guidOf(mapped.guid(), postId, guidCounts);
        String status = statusOf(item);
        Post.Status stored =
                status.equals("publish") || status.equals("future")
                        ? Post.Status.published
                        : Post.Status.draft;
        Optional<Instant> gmt = dateOf(item);
        // A draft's zero date or a GMT date is no loss.
        boolean dated = gmt.isPresent() || stored == Post.Status.draft;
        List<ImportReport.Warning> warnings = new ArrayList<>();
        for (ImportReport.Warning warning : mapped.warnings()) {
            if (!(dated && WarningKind.UNDATED.of(warning))) {
                warnings.add(warning.about(guid));
            }
        }
        if (status.equals("private")) {
            warnings.add(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.PRIVATE,
                            "private in WordPress: kept as a draft, which only tokens see"));
        }
        List<String> oldPaths = new ArrayList<>(mapped.oldPaths());
        if (postId != null) {
            // WordPress answers ?p=ID for every item and ?page_id=ID for pages.
            for (String query :
                    typeOf(item).equals("page") ? List.of("p", "page_id") : List.of("p")) {
                if (!oldPaths.contains("/?" + query + "=" + postId)) {
                    oldPaths.add("/?" + query + "=" + postId);
                }
            }
        }
        return new ImportedPost(
                guid,
                mapped.title(),
                mapped.contentHtml(),
                excerptOf(item)
                        .or(() -> teaserOf(item))
                        .or(() -> trimmedOf(item, mapped.contentHtml()))
                        .orElse(mapped.excerpt()),
                // A draft's zero GMT date is WordPress's "no date yet" (its feed date is bogus).
                stored == Post.Status.draft ? gmt.orElse(null) : gmt.orElse(mapped.publishedAt()),
                authorOf(item, mapped.author()),
                termsOf(item, "category"),
                slugOf(item, mapped.slug()),
                oldPaths,
                mapped.legacyPath(),
                warnings,
                typeOf(item).equals("page") ? Post.Kind.page : Post.Kind.post,
                stored,
                termsOf(item, "post_tag"),
                gatingOf(item),
                presentationOf(item, warnings, guid),
                List.of());
    }

    /** WordPress gave two posts one guid: each keeps it, told apart by its post id. */
    private static String guidOf(String guid, String postId, Map<String, Integer> guidCounts) {
        return guidCounts.getOrDefault(guid, 0) > 1 && postId != null
                ? guid + "#wp-post-" + postId
                : guid;
    }

    /** The excerpt written in WordPress ({@code excerpt:encoded}), as plain text. */
    private static Optional<String> excerptOf(Element item) {
        String excerpt =
                item.getChildTextTrim(
                        "encoded", Namespace.getNamespace("excerpt", excerptNamespace(item)));
        return excerpt == null || excerpt.isEmpty()
                ? Optional.empty()
                : Optional.of(ContentRenderer.textOf(excerpt));
    }

    /**
     * What comes before {@code <!--more-->}, as plain text: the teaser WordPress shows in lists, so
     * the excerpt here; cut at a word to fit an excerpt.
     */
    private static Optional<String> teaserOf(Element item) {
        String raw =
                item.getChildText(
                        "encoded",
                        Namespace.getNamespace("http://purl.org/rss/1.0/modules/content/"));
        int more = raw == null ? -1 : raw.indexOf("<!--more");
        if (more < 0) {
            return Optional.empty();
        }
        String text = ContentRenderer.textOf(paragraphs(raw.substring(0, more)));
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > FieldLimits.EXCERPT) {
            int cut = text.lastIndexOf(' ', FieldLimits.EXCERPT - 1);
            text = text.substring(0, cut > 0 ? cut : FieldLimits.EXCERPT - 1).strip() + "…";
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The excerpt WordPress derives for a public item with neither an excerpt nor a teaser: its
     * first 55 words, then " […]" (wp_trim_excerpt). A password-protected item's is left to the
     * store, which shows nothing of a gated body.
     */
    private static Optional<String> trimmedOf(Element item, String html) {
        if (gatingOf(item) != PostInput.Gating.PUBLIC || html == null) {
            return Optional.empty();
        }
        String[] words = ContentRenderer.textOf(html).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        String trimmed =
                words.length <= EXCERPT_WORDS
                        ? String.join(" ", words)
                        : String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)) + " […]";
        return Optional.of(
                trimmed.length() > FieldLimits.EXCERPT
                        ? trimmed.substring(0, FieldLimits.EXCERPT - 1) + "…"
                        : trimmed);
    }

    /** How many words WordPress keeps in an excerpt it derives. */
    private static final int EXCERPT_WORDS = 55;

    /**
     * {@code wp:post_name}, percent-decoded (WordPress stores non-ASCII slugs encoded) and kept as
     * it was.
     */
    private static String slugOf(Element item, String mapped) {
        String name = wp(item, "post_name");
        return name == null
                ? mapped
                : Slugs.kept(URLDecoder.decode(name, StandardCharsets.UTF_8), mapped);
    }

    /**
     * The item's user ({@code dc:creator} is the login): known by the login, which WordPress keeps
     * unique, shown by its display name; what the feed said when the export does not list it.
     */
    private Named authorOf(Element item, Named mapped) {
        String login =
                item.getChildTextTrim(
                        "creator", Namespace.getNamespace("http://purl.org/dc/elements/1.1/"));
        return login != null && displayNames.containsKey(login)
                ? Named.withSlug(displayNames.get(login), login)
                : mapped;
    }

    /**
     * The featured image ({@code _thumbnail_id}: the attachment's address, its alt text and its
     * caption), sticky as featured, and Yoast SEO's canonical URL, title and description when set
     * literally (a {@code %%template%%} is Yoast's to fill in, so it is left out).
     */
    private PostInput.Presentation presentationOf(
            Element item, List<ImportReport.Warning> warnings, String guid) {
        String thumbnail = meta(item, "_thumbnail_id");
        FeaturedImage image = null;
        if (thumbnail != null && attachmentUrls.containsKey(thumbnail)) {
            Element attachment = attachments.get(thumbnail);
            image =
                    new FeaturedImage(
                            attachmentUrls.get(thumbnail),
                            meta(attachment, "_wp_attachment_image_alt"),
                            excerptOf(attachment).orElse(null));
        } else if (thumbnail != null && !thumbnail.equals("0")) {
            warnings.add(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.MISSING_ATTACHMENT,
                            "the featured image (attachment "
                                    + thumbnail
                                    + ") is not in the export"));
        }
        return new PostInput.Presentation(
                image,
                "1".equals(wp(item, "is_sticky")),
                literal(meta(item, "_yoast_wpseo_canonical")),
                literal(meta(item, "_yoast_wpseo_title")),
                literal(meta(item, "_yoast_wpseo_metadesc")));
    }

    private static String literal(String value) {
        return value == null || value.contains("%%") ? null : value;
    }

    /** The value of one of the item's {@code wp:postmeta} keys; null when it has none. */
    private static String meta(Element item, String key) {
        for (Element postmeta : item.getChildren()) {
            if (postmeta.getName().equals("postmeta")
                    && isWp(postmeta.getNamespace())
                    && key.equals(wp(postmeta, "meta_key"))) {
                return wp(postmeta, "meta_value");
            }
        }
        return null;
    }

    /**
     * WordPress shows a password-protected item's title only until its password is given: the
     * password (kept in the export as typed) is stored hashed and unlocks it here too.
     */
    private static PostInput.Gating gatingOf(Element item) {
        String password = wp(item, "post_password");
        return password == null || password.isEmpty()
                ? PostInput.Gating.PUBLIC
                : PostInput.Gating.password(password);
    }

    /** {@code wp:post_date_gmt}; WordPress writes zeros for a draft that was never dated. */
    private static Optional<Instant> dateOf(Element item) {
        String gmt = wp(item, "post_date_gmt");
        if (gmt == null || gmt.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(gmt, WP_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String excerptNamespace(Element item) {
        for (Element child : item.getChildren()) {
            if (child.getName().equals("encoded")
                    && child.getNamespaceURI().contains("/excerpt/")) {
                return child.getNamespaceURI();
            }
        }
        return "http://wordpress.org/export/1.2/excerpt/";
    }

    /**
     * The item's terms of one taxonomy ({@code category}, {@code post_tag}), in order, each known
     * by its term slug ({@code nicename}), which WordPress keeps unique, and shown by its name.
     */
    private static List<Named> termsOf(Element item, String domain) {
        List<Named> terms = new ArrayList<>();
        for (Element category : item.getChildren("category")) {
            String name = unescaped(category.getTextTrim());
            Named term = Named.withSlug(name, category.getAttributeValue("nicename"));
            if (domain.equals(category.getAttributeValue("domain"))
                    && !name.isEmpty()
                    && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /**
     * A name as WordPress shows it: WordPress keeps term and display names HTML-escaped ({@code
     * Café &amp; Cuisine}), so they are unescaped once here and escaped once by whatever serves
     * them.
     */
    static String unescaped(String name) {
        return name == null ? null : Parser.unescapeEntities(name, false);
    }

    /**
     * WordPress's auto-paragraph rule (wpautop), which WordPress applies when it shows a classic
     * body: blank lines separate paragraphs and a single line break is a {@code <br />}; blocks
     * that already are block elements stay as they are, and {@code <pre>} keeps its lines. A body
     * written with the block editor ({@code <!-- wp:} comments) already holds its paragraphs.
     */
    static String paragraphs(String raw) {
        if (raw == null || raw.isBlank() || raw.contains("<!-- wp:")) {
            return raw == null ? "" : raw;
        }
        List<String> kept = new ArrayList<>();
        java.util.regex.Matcher pre =
                Pattern.compile("(?is)<pre[\\s>].*?</pre>").matcher(raw.replace("\r\n", "\n"));
        StringBuilder text = new StringBuilder();
        while (pre.find()) {
            kept.add(pre.group());
            pre.appendReplacement(text, "<wp-pre-" + (kept.size() - 1) + "></wp-pre>");
        }
        pre.appendTail(text);
        StringBuilder out = new StringBuilder();
        for (String block : text.toString().split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(trimmed).lookingAt()) {
                out.append(trimmed).append('\n');
            } else {
                out.append("<p>")
                        .append(trimmed.replaceAll("\\s*\\n\\s*", "<br />\n"))
                        .append("</p>\n");
            }
        }
        String result = out.toString();
        for (int i = 0; i < kept.size(); i++) {
            result = result.replace("<wp-pre-" + i + "></wp-pre>", kept.get(i));
        }
        return result;
    }

    private static final Pattern BLOCK_START =
            Pattern.compile(
                    "(?i)<(?:p|div|h[1-6]|ul|ol|li|dl|pre|wp-pre-\\d+|blockquote|table|thead|tbody|tr|figure|hr|address|section|article|aside|form|iframe|script|style|object|embed|video|audio|!--)[\\s>/]");

    /** The text of {@code element}'s {@code wp:} child; null when it is absent or blank. */
    static String wp(Element element, String name) {
        for (Element child : element.getChildren()) {
            if (child.getName().equals(name) && isWp(child.getNamespace())) {
                String text = child.getTextTrim();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    static boolean isWp(Namespace namespace) {
        // WordPress.com writes https namespaces, self-hosted WordPress http ones.
        String uri = namespace.getURI().replaceFirst("^https:", "http:");
        return uri.startsWith("http://wordpress.org/export/") && !uri.contains("/excerpt/");
    }
}
