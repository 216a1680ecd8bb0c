package dev.blogapi.importer.wordpress;

import dev.blogapi.common.content.Players;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A WordPress body as WordPress shows it, made before the one sanitising pass: its shortcodes
 * ({@code [caption]}, {@code [gallery]}, {@code [embed]}, {@code [video]}, {@code [audio]}) and
 * addresses alone on a line (WordPress's auto-embeds, also inside embed blocks) become the markup
 * WordPress would have rendered, players built locally by {@link Players}; then a classic body gets
 * its paragraphs and a block body loses its block comments. Code in {@code <pre>} is left as
 * written. What was converted, what was left as text and what had nothing to keep is reported.
 */
final class WordPressBodies {

    /** What {@link #prepare} made of one body, and what it has to say about it. */
    record Prepared(
            String html,
            Map<String, Integer> converted,
            Set<String> unknownShortcodes,
            Set<String> droppedBlocks,
            Set<String> missingAttachments) {}

    static final Set<String> KNOWN = Set.of("caption", "gallery", "embed", "video", "audio");

    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern CAPTION =
            Pattern.compile("(?is)\\[(caption|wp_caption)([^\\]]*)\\](.*?)\\[/\\1\\]");
    private static final Pattern GALLERY = Pattern.compile("(?i)\\[gallery([^\\]]*)\\]");
    private static final Pattern EMBED =
            Pattern.compile("(?is)\\[embed[^\\]]*\\](.*?)\\[/embed\\]");
    private static final Pattern MEDIA =
            Pattern.compile("(?is)\\[(video|audio)([^\\]]*)\\](?:(.*?)\\[/\\1\\])?");
    private static final Pattern LONE_URL =
            Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"'\\[\\]]+)[ \\t]*$");
    private static final Pattern SHORTCODE =
            Pattern.compile("\\[([a-z][a-z0-9_-]*)(\\s[^\\]]*)?\\]");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z0-9_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\\]]+))");
    private static final Pattern DYNAMIC_BLOCK =
            Pattern.compile(
                    "<!--\\s*wp:([a-z0-9/-]+)(?:\\s+\\{(?:(?!-->).)*?\\})?\\s*/-->",
                    Pattern.DOTALL);
    private static final Pattern IMG =
            Pattern.compile("(?is)^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$");

    private final Players players;
    private final Map<String, String> attachmentUrls;
    private final Map<String, List<String>> attachmentsByParent;

    WordPressBodies(
            Players players,
            Map<String, String> attachmentUrls,
            Map<String, List<String>> attachmentsByParent) {
        this.players = players;
        this.attachmentUrls = attachmentUrls;
        this.attachmentsByParent = attachmentsByParent;
    }

    /** The body of the item with WordPress id {@code postId}, as WordPress would show it. */
    Prepared prepare(String raw, String postId) {
        Conversion conversion = new Conversion();
        String body = raw == null ? "" : raw.replace("\r\n", "\n");
        body = outsideCode(body, text -> shortcodes(text, postId, conversion));
        body = outsideCode(body, text -> autoEmbeds(text, conversion));
        Matcher dynamic = DYNAMIC_BLOCK.matcher(body);
        while (dynamic.find()) {
            conversion.droppedBlocks.add("wp:" + dynamic.group(1));
        }
        String html = WordPressItems.prepareBody(body);
        return new Prepared(
                html,
                conversion.converted,
                conversion.unknown,
                conversion.droppedBlocks,
                conversion.missing);
    }

    private static final class Conversion {
        final Map<String, Integer> converted = new LinkedHashMap<>();
        final Set<String> unknown = new LinkedHashSet<>();
        final Set<String> droppedBlocks = new LinkedHashSet<>();
        final Set<String> missing = new LinkedHashSet<>();

        void count(String kind) {
            converted.merge(kind, 1, Integer::sum);
        }
    }

    /** Applies {@code change} to the body outside its {@code <pre>} blocks. */
    private static String outsideCode(String body, Function<String, String> change) {
        StringBuilder out = new StringBuilder();
        Matcher pre = PRE.matcher(body);
        int from = 0;
        while (pre.find()) {
            out.append(change.apply(body.substring(from, pre.start()))).append(pre.group());
            from = pre.end();
        }
        return out.append(change.apply(body.substring(from))).toString();
    }

    private String shortcodes(String text, String postId, Conversion conversion) {
        String out = replace(CAPTION, text, m -> caption(m, conversion));
        out = replace(GALLERY, out, m -> gallery(attributes(m.group(1)), postId, conversion));
        out = replace(EMBED, out, m -> embed(m.group(1).strip(), conversion));
        out = replace(MEDIA, out, m -> media(m, conversion));
        Matcher code = SHORTCODE.matcher(out);
        while (code.find()) {
            String name = code.group(1);
            boolean written =
                    code.group(2) != null && code.group(2).contains("=")
                            || out.contains("[/" + name + "]");
            if (!KNOWN.contains(name) && written) {
                conversion.unknown.add("[" + name + "]");
            }
        }
        return out;
    }

    private static String caption(Matcher m, Conversion conversion) {
        Map<String, String> attributes = attributes(m.group(2));
        Matcher image = IMG.matcher(m.group(3));
        if (!image.matches()) {
            return m.group(3);
        }
        String text = attributes.getOrDefault("caption", image.group(2).strip());
        conversion.count("caption");
        return "<figure>"
                + image.group(1).strip()
                + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>")
                + "</figure>";
    }

    private String gallery(Map<String, String> attributes, String postId, Conversion conversion) {
        List<String> ids = new ArrayList<>();
        String include = attributes.getOrDefault("ids", attributes.get("include"));
        if (include != null) {
            for (String id : include.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        } else if (postId != null) {
            ids.addAll(attachmentsByParent.getOrDefault(postId, List.of()));
        }
        StringBuilder images = new StringBuilder();
        for (String id : ids) {
            String url = attachmentUrls.get(id);
            if (url == null) {
                conversion.missing.add(id);
            } else {
                images.append("<img src=\"").append(Entities.escape(url)).append("\" alt=\"\">");
            }
        }
        if (images.isEmpty()) {
            return "";
        }
        conversion.count("gallery");
        return "<figure>" + images + "</figure>";
    }

    private String embed(String url, Conversion conversion) {
        return players.playerFor(url)
                .map(
                        player -> {
                            conversion.count("player");
                            return player;
                        })
                .orElseGet(
                        () -> {
                            conversion.count("link");
                            String escaped = Entities.escape(url);
                            return "<a href=\"" + escaped + "\">" + escaped + "</a>";
                        });
    }

    private static String media(Matcher m, Conversion conversion) {
        String element = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Map<String, String> attributes = attributes(m.group(2));
        String src = attributes.get("src");
        for (String format : List.of("mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a")) {
            if (src == null) {
                src = attributes.get(format);
            }
        }
        if (src == null) {
            return m.group(3) == null ? "" : m.group(3);
        }
        conversion.count(element);
        String poster = attributes.get("poster");
        return "<"
                + element
                + " controls src=\""
                + Entities.escape(src)
                + "\""
                + (poster == null ? "" : " poster=\"" + Entities.escape(poster) + "\"")
                + "></"
                + element
                + ">";
    }

    /** Addresses alone on their line, WordPress's auto-embeds: a player, or else a link. */
    private String autoEmbeds(String text, Conversion conversion) {
        return replace(LONE_URL, text, m -> embed(m.group(1), conversion));
    }

    private static Map<String, String> attributes(String written) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (written == null) {
            return attributes;
        }
        Matcher m = ATTRIBUTE.matcher(written);
        while (m.find()) {
            String value =
                    m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return attributes;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        return m.appendTail(out).toString();
    }
}
