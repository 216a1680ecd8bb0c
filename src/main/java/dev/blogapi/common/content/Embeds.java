package dev.blogapi.common.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Elements the allow-list sanitiser would drop together with what they show, settled first so that
 * nothing vanishes silently: an iframe from an allowed player host (https) and a video or audio
 * with a source stay (the sanitiser then keeps only their safe attributes); anything else of the
 * kind (other iframes, scripts such as gist and tweet embeds, objects, SVG, forms) is replaced by a
 * link to its source where it has one, else removed, and named in the list returned.
 */
final class Embeds {

    private static final String SETTLED =
            "iframe, frame, frameset, script, noscript, svg, math, object, embed, applet, canvas,"
                    + " form, style, link, meta, template, video, audio";

    private static final Pattern GIST =
            Pattern.compile("^https?://gist\\.github\\.com/([\\w-]+/[0-9a-f]+)\\.js(?:\\?.*)?$");

    private final Set<String> hosts;

    Embeds(Collection<String> hosts) {
        this.hosts =
                hosts.stream()
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Settles {@code body} in place; what was taken out, as {@code "iframe src=…"}. */
    List<String> settle(Element body) {
        List<String> removed = new ArrayList<>();
        for (Element element : body.select(SETTLED)) {
            if (element.ownerDocument() == null) {
                continue; // taken out with an ancestor already
            }
            String tag = element.normalName();
            if (tag.equals("iframe")) {
                Optional<String> player = allowedPlayer(element.attr("src"));
                if (player.isPresent()) {
                    element.attr("src", player.get());
                    continue;
                }
            }
            if ((tag.equals("video") || tag.equals("audio")) && hasSource(element)) {
                continue;
            }
            if (tag.equals("script")) {
                settleScript(element, removed);
                continue;
            }
            String attribute = tag.equals("object") ? "data" : "src";
            String source = element.hasAttr(attribute) ? element.absUrl(attribute) : "";
            if (source.isEmpty()) {
                source = element.attr(attribute).strip();
            }
            if (source.isEmpty() || !(source.startsWith("http:") || source.startsWith("https:"))) {
                removed.add(tag + cardOf(element));
                element.remove();
            } else {
                removed.add(tag + " " + attribute + "=" + source);
                element.replaceWith(new Element("a").attr("href", source).text(source));
            }
        }
        return removed;
    }

    /**
     * The editor card an element sat in, as Ghost names its cards ({@code kg-signup-card}), so a
     * report says which card lost it; empty outside a card.
     */
    private static String cardOf(Element element) {
        for (Element parent : element.parents()) {
            for (String name : parent.classNames()) {
                if (name.startsWith("kg-") && name.endsWith("-card") && !name.equals("kg-card")) {
                    return " in " + name;
                }
            }
        }
        return "";
    }

    /**
     * A script leaves nothing visible behind (a tweet's or an embed's loader would otherwise show
     * as a link after every post), but is named; a gist's script is its content, so it becomes a
     * link to the gist's page.
     */
    private static void settleScript(Element script, List<String> removed) {
        String source = script.hasAttr("src") ? script.absUrl("src") : "";
        if (source.isEmpty()) {
            source = script.attr("src").strip();
        }
        removed.add(source.isEmpty() ? "script" : "script src=" + source);
        Matcher gist = GIST.matcher(source);
        if (gist.matches()) {
            String page = "https://gist.github.com/" + gist.group(1);
            script.replaceWith(new Element("a").attr("href", page).text(page));
        } else {
            script.remove();
        }
    }

    /**
     * The player's address over https when {@code src} is one of the allowed hosts' (http and
     * protocol-relative addresses, common in old posts, are upgraded).
     */
    private Optional<String> allowedPlayer(String src) {
        String address = src.strip();
        if (address.startsWith("//")) {
            address = "https:" + address;
        } else if (address.regionMatches(true, 0, "http://", 0, 7)) {
            address = "https://" + address.substring(7);
        }
        try {
            URI uri = URI.create(address);
            return "https".equalsIgnoreCase(uri.getScheme())
                            && uri.getHost() != null
                            && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
                    ? Optional.of(address)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasSource(Element media) {
        return !media.attr("src").isBlank() || !media.select("source[src]").isEmpty();
    }
}
