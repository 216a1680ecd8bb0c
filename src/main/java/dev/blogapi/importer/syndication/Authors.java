package dev.blogapi.importer.syndication;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/** A person's name as feeds write it beside or instead of an address. */
final class Authors {

    private static final Pattern ADDRESS_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern NAME_THEN_ADDRESS = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");

    // Where items and channels name a person beyond what ROME reads: an RSS author holding a
    // name element or CDATA, an Atom author nested in RSS, iTunes' author, Dublin Core's creator.
    private static final List<String> PERSON_ELEMENTS = List.of("author", "creator");

    private Authors() {}

    /**
     * The first name an item or channel element writes in an {@code author} (any namespace; its
     * {@code name} child when it has one) or {@code creator} child; null when none does.
     */
    static String writtenIn(Element holder) {
        if (holder == null) {
            return null;
        }
        for (String kind : PERSON_ELEMENTS) {
            for (Element person : holder.getChildren()) {
                if (!person.getName().equals(kind)) {
                    continue;
                }
                Element name =
                        person.getChildren().stream()
                                .filter(child -> child.getName().equals("name"))
                                .findFirst()
                                .orElse(null);
                String written = nameIn(name != null ? name.getText() : person.getText());
                if (written != null) {
                    return written;
                }
            }
        }
        return null;
    }

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
