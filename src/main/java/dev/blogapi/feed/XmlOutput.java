package dev.blogapi.feed;

import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Pretty UTF-8 XML that keeps every character as itself (JDOM would write emoji as character
 * references).
 */
final class XmlOutput {

    private static final Format FORMAT =
            Format.getPrettyFormat().setEncoding("UTF-8").setEscapeStrategy(ch -> false);

    private XmlOutput() {}

    static String write(Document document) {
        return new XMLOutputter(FORMAT).outputString(document);
    }
}
