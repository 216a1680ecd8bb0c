package dev.blogapi.common.content;

import com.github.slugify.Slugify;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs: lower-case letters, digits and single hyphens. Latin text is folded to ASCII ({@code
 * Café} → {@code cafe}); text in another script keeps its letters ({@code 日本語}), as WordPress and
 * Ghost serve them, rather than collapsing to a generic word; a slug an old blog gave is kept as it
 * was.
 */
public final class Slugs {

    /** One run of slug characters: lower-case or uncased letters, marks, digits, symbols. */
    private static final String RUN = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}\\p{So}]+";

    public static final String PATTERN = "^" + RUN + "(?:-" + RUN + ")*$";

    /**
     * {@link #PATTERN} as the OpenAPI document states it: JSON Schema's regular expressions cannot
     * be relied on to read Unicode classes (linters and validators compile them without the u
     * flag), so the document gives this wider rule (no spaces, upper-case ASCII or URL delimiters;
     * single hyphens) and the service refuses the rest with a 422.
     */
    public static final String DOCUMENTED_PATTERN = "^[^\\s/?#%A-Z-]+(?:-[^\\s/?#%A-Z-]+)*$";

    private static final Pattern SLUG = Pattern.compile(PATTERN);
    private static final Pattern NOT_LATIN_LETTER =
            Pattern.compile("(?=\\p{L})(?!\\p{IsLatin})\\X");
    private static final Pattern NOT_SLUG_CHARACTER =
            Pattern.compile("[^\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}\\p{So}]+");
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
        String written = text == null ? "" : text.replace('’', '\'').replace("'", "");
        String slug =
                NOT_LATIN_LETTER.matcher(written).find()
                        ? unicode(written)
                        : SLUGIFY.slugify(written);
        if (slug.length() > maxLength - 10) {
            slug = slug.substring(0, maxLength - 10).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * The slug an old blog gave an item (already percent-decoded), kept exactly when it is a slug
     * here, else made from it as {@link #from(String, String)} would.
     */
    public static String kept(String given, String fallback) {
        String lower =
                given == null
                        ? ""
                        : Normalizer.normalize(given.strip(), Normalizer.Form.NFC)
                                .toLowerCase(Locale.ROOT);
        return lower.length() <= FieldLimits.POST_SLUG - 10 && SLUG.matcher(lower).matches()
                ? lower
                : from(given, fallback);
    }

    /**
     * The slug an old blog gave an author, category or tag (its identity there; percent-escapes
     * read), kept exactly when it is a slug here, else made from it; null when nothing of it is
     * left, so the label is found by its name instead.
     */
    public static String ofLabel(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded =
                    java.net.URLDecoder.decode(
                            given.strip(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = given.strip();
        }
        String lower = Normalizer.normalize(decoded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (lower.length() <= FieldLimits.NAME_SLUG && SLUG.matcher(lower).matches()) {
            return lower;
        }
        String made = from(decoded, "", FieldLimits.NAME_SLUG);
        return made.isEmpty() ? null : made;
    }

    /** Letters of any script kept (lower-cased), everything else a single hyphen. */
    private static String unicode(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_SLUG_CHARACTER.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
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
