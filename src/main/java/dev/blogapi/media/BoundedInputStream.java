package dev.blogapi.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** At most {@code remaining} bytes of a stream: one range of a file. */
final class BoundedInputStream extends FilterInputStream {

    private long remaining;

    BoundedInputStream(InputStream in, long remaining) {
        super(in);
        this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = super.read();
        remaining -= b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int read = super.read(buffer, offset, (int) Math.min(length, remaining));
        remaining -= read < 0 ? 0 : read;
        return read;
    }
}
