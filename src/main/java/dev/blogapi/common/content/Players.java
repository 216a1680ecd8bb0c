package dev.blogapi.common.content;

import dev.blogapi.common.config.BlogConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * A player made locally from a video page's address, as an engine's oEmbed would have rendered it,
 * with no network call: YouTube (watch, youtu.be, shorts and embed addresses) and Vimeo, each as
 * long as its player host is in BLOG_EMBED_HOSTS, and any https address on an allowed host as its
 * own iframe.
 */
@Singleton
public class Players {

    private static final Pattern YOUTUBE =
            Pattern.compile(
                    "^https?://(?:www\\.|m\\.|music\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|shorts/|embed/|live/)|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#/].*)?$");
    private static final Pattern VIMEO =
            Pattern.compile("^https?://(?:www\\.)?vimeo\\.com/(?:video/)?(\\d+)(?:[/?#].*)?$");

    private final Set<String> hosts;

    @Inject
    Players(BlogConfig config) {
        this(config.embedHosts());
    }

    public Players(Collection<String> hosts) {
        this.hosts =
                hosts.stream()
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The player's markup for {@code address}; empty when no allowed player shows it. */
    public Optional<String> playerFor(String address) {
        String url = address.strip();
        Matcher youtube = YOUTUBE.matcher(url);
        if (youtube.matches()) {
            return iframe("https://www.youtube.com/embed/" + youtube.group(1), "YouTube video");
        }
        Matcher vimeo = VIMEO.matcher(url);
        if (vimeo.matches()) {
            return iframe("https://player.vimeo.com/video/" + vimeo.group(1), "Vimeo video");
        }
        return url.startsWith("https://") ? iframe(url, "Embedded content") : Optional.empty();
    }

    private Optional<String> iframe(String src, String title) {
        String host;
        try {
            host = URI.create(src).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(
                "<iframe src=\""
                        + Entities.escape(src)
                        + "\" width=\"560\" height=\"315\" title=\""
                        + title
                        + "\" loading=\"lazy\" frameborder=\"0\" allowfullscreen></iframe>");
    }
}
