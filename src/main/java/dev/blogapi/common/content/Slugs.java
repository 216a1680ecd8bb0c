package dev.blogapi.common.content;

import com.github.slugify.Slugify;
import java.util.Map;
import java.util.function.Predicate;

/** URL slugs: lowercase ASCII letters, digits and single hyphens, accents folded. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    // Letters Unicode decomposition does not fold to ASCII on its own.
    private static final Map<String, String> LETTERS =
            Map.of(
                    "ß", "ss", "æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE", "ø", "o", "Ø", "O", "ł",
                    "l", "Ł", "L", "đ", "d");
    private static final Slugify SLUGIFY =
            Slugify.builder().lowerCase(true).customReplacements(LETTERS).build();

    private Slugs() {}

    /**
     * {@code "Café tables"} becomes {@code "cafe-tables"}; text with no Latin letters or digits
     * gives {@code fallback}. Room is left for a {@code -N} suffix within {@link
     * FieldLimits#POST_SLUG}.
     */
    public static String from(String text, String fallback) {
        return from(text, fallback, FieldLimits.POST_SLUG);
    }

    /** The same, for slug columns shorter than a post's (categories and authors). */
    public static String from(String text, String fallback, int maxLength) {
        String slug = SLUGIFY.slugify(text == null ? "" : text.replace('’', '\'').replace("'", ""));
        if (slug.length() > maxLength - 10) {
            slug = slug.substring(0, maxLength - 10).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}… that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
