package dev.blogapi.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG is a document that can run scripts when opened from this service's origin, so one is
 * accepted only when it cannot: no script or foreign content, no event handler, no reference
 * outside the file (links, images, fonts or styles elsewhere), no DTD (entity bombs). Read as a
 * stream, never held whole. Refused, not rewritten: a sanitiser that misses one trick would serve
 * it.
 */
final class SvgSafety {

    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)");
    private static final Pattern NUMBER =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    private SvgSafety() {}

    /** The SVG's width and height (from its root, else its viewBox), once it is found safe. */
    static int[] checkedSize(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        int[] size = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean root = true;
            boolean inStyle = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD
                        || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused("it declares a DTD or entities");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (FORBIDDEN_ELEMENTS.contains(name)) {
                        throw refused("it has a <" + xml.getLocalName() + "> element");
                    }
                    checkAttributes(xml);
                    if (root) {
                        size = sizeOf(xml);
                        root = false;
                    }
                    inStyle = name.equals("style");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inStyle = false;
                } else if (inStyle
                        && (event == XMLStreamConstants.CHARACTERS
                                || event == XMLStreamConstants.CDATA)) {
                    checkStyle(xml.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw refused("it is not well-formed XML (" + e.getMessage() + ")");
        }
        return size;
    }

    private static void checkAttributes(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
            String value = xml.getAttributeValue(i);
            if (name.startsWith("on")) {
                throw refused("it has an event handler (" + xml.getAttributeLocalName(i) + ")");
            }
            if ((name.equals("href") || name.equals("src")) && !value.strip().startsWith("#")) {
                throw refused("it refers to something outside the file (" + value + ")");
            }
            if (name.equals("style")) {
                checkStyle(value);
            }
        }
    }

    private static void checkStyle(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || lower.contains("javascript:")) {
            throw refused("its style imports or runs something");
        }
        Matcher url = URL.matcher(lower);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                throw refused("its style refers to something outside the file");
            }
        }
    }

    private static int[] sizeOf(XMLStreamReader root) {
        Integer width = number(root.getAttributeValue(null, "width"));
        Integer height = number(root.getAttributeValue(null, "height"));
        if (width != null && height != null) {
            return new int[] {width, height};
        }
        String viewBox = root.getAttributeValue(null, "viewBox");
        if (viewBox != null) {
            String[] parts = viewBox.strip().split("[\\s,]+");
            if (parts.length == 4) {
                Integer w = number(parts[2]);
                Integer h = number(parts[3]);
                if (w != null && h != null) {
                    return new int[] {w, h};
                }
            }
        }
        return null;
    }

    private static Integer number(String value) {
        if (value == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(value);
        if (!number.matches()) {
            return null;
        }
        double parsed = Double.parseDouble(number.group(1));
        return parsed >= 1 && parsed < Integer.MAX_VALUE ? (int) Math.round(parsed) : null;
    }

    private static RuntimeException refused(String why) {
        return MediaInspector.unsupported(
                "This SVG is refused because "
                        + why
                        + ": an SVG is served from this site's origin and must not run or load"
                        + " anything");
    }
}
