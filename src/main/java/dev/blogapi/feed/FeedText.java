package dev.blogapi.feed;

import dev.blogapi.common.content.XmlCharacters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/** Text fit for a feed: only characters XML 1.0 allows, and links that work outside the site. */
final class FeedText {

    private FeedText() {}

    static String xmlSafe(String text) {
        return XmlCharacters.strip(text);
    }

    /** The body with every relative href and src resolved against {@code baseUrl}. */
    static String absoluteLinks(String html, String baseUrl) {
        if (!html.contains("href=") && !html.contains("src=")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html, baseUrl + "/");
        document.outputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
        boolean changed = false;
        for (Element element : document.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            String absolute = element.absUrl(attribute);
            if (!absolute.isEmpty() && !absolute.equals(value)) {
                element.attr(attribute, absolute);
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }
}
