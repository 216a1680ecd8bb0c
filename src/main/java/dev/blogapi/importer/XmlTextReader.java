package dev.blogapi.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of an XML document as a parser should see it: without the characters XML 1.0 forbids (C0
 * controls other than tab, line feed and carriage return; U+FFFE and U+FFFF), which real feeds
 * carry by accident and which would otherwise refuse the whole document, and without whitespace or
 * a byte order mark before the first tag. Counts what it drops so the import can report it.
 */
final class XmlTextReader extends FilterReader {

    private int dropped;
    private boolean started;

    XmlTextReader(Reader text) {
        super(text);
    }

    /** How many forbidden characters were dropped so far. */
    int dropped() {
        return dropped;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int read = super.read(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            int kept = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (!started) {
                    if (c == '\uFEFF' || Character.isWhitespace(c)) {
                        continue;
                    }
                    started = true;
                }
                if (forbidden(c)) {
                    dropped++;
                } else {
                    buffer[kept++] = c;
                }
            }
            if (kept > offset) {
                return kept - offset;
            }
        }
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }
}
