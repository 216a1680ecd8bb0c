package dev.blogapi.common.content;

import java.util.regex.Pattern;

/** Characters XML 1.0 allows; anything else (NUL, most C0 controls, lone surrogates) is dropped. */
public final class XmlCharacters {

    private static final Pattern NOT_XML =
            Pattern.compile(
                    "[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlCharacters() {}

    public static String strip(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
