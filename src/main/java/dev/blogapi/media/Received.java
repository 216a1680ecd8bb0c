package dev.blogapi.media;

import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload's bytes, written to a file as they arrive: their SHA-256 and how many there were. */
record Received(String sha256, long bytes) {

    /**
     * Copies {@code body} into {@code file}, a buffer at a time, and stops with a 413 the moment it
     * passes {@code maxBytes}: an upload is never held whole in memory, nor written past the limit.
     */
    static Received copy(InputStream body, Path file, long maxBytes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new DigestInputStream(body, digest);
                OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    discardSome(in, buffer, maxBytes);
                    throw new ProblemException(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "The file passed "
                                    + maxBytes
                                    + " bytes, the most a file may have (BLOG_MEDIA_MAX_BYTES)");
                }
                out.write(buffer, 0, read);
            }
        }
        return new Received(HexFormat.of().formatHex(digest.digest()), total);
    }

    /**
     * Reads on past the limit, up to as much again (16 MiB at most), so that a client that sent a
     * little too much reads the 413 instead of a connection reset; a bigger body is cut off.
     */
    private static void discardSome(InputStream in, byte[] buffer, long maxBytes)
            throws IOException {
        long budget = Math.min(maxBytes, 16L * 1024 * 1024);
        int read;
        while (budget > 0 && (read = in.read(buffer)) >= 0) {
            budget -= read;
        }
    }
}
