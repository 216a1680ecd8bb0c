package dev.blogapi.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * BLOG_BASE_URL, checked and normalised once at start: an absolute http(s) URL with a host and no
 * query or fragment, without a trailing slash, so every absolute link is {@code baseUrl + path}.
 */
public class BaseUrl implements Converter<String> {

    @Override
    public String convert(String value) {
        return normalise(value);
    }

    /**
     * The normalised base URL; an {@link IllegalArgumentException} naming the problem otherwise.
     */
    public static String normalise(String value) {
        String trimmed = value == null ? "" : value.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid(trimmed, "it is not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())
                && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw invalid(trimmed, "it must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(trimmed, "it names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(trimmed, "it must not have a query or a fragment");
        }
        String normalised = trimmed;
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised;
    }

    private static IllegalArgumentException invalid(String value, String why) {
        return new IllegalArgumentException(
                "BLOG_BASE_URL '"
                        + value
                        + "' is not usable: "
                        + why
                        + " (for example https://blog.example.org)");
    }
}
