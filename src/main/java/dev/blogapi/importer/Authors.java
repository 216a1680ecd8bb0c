package dev.blogapi.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person's name as feeds write it beside or instead of an address. */
final class Authors {

    private static final Pattern ADDRESS_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern NAME_THEN_ADDRESS = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");

    private Authors() {}

    /**
     * {@code "mail@example.com (Jane Doe)"} and {@code "Jane Doe <mail@example.com>"} give {@code
     * "Jane Doe"}; a bare name or address is kept as written; blank gives null.
     */
    static String nameIn(String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        String text = author.replaceAll("\\s+", " ").strip();
        Matcher m = ADDRESS_THEN_NAME.matcher(text);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = NAME_THEN_ADDRESS.matcher(text);
        return m.matches() ? m.group(1).replaceAll("^\"|\"$", "").strip() : text;
    }

    /**
     * A list of authors too long for one name, cut after the last whole entry that fits and marked
     * {@code et al.}; a single overlong name is cut at the limit.
     */
    static String shortened(String authors, int limit) {
        String marker = ", et al.";
        int room = limit - marker.length();
        int cut = Math.max(authors.lastIndexOf(',', room), authors.lastIndexOf(';', room));
        return cut > 0
                ? authors.substring(0, cut).strip() + marker
                : authors.substring(0, limit).strip();
    }
}
