package dev.blogapi.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Token secrets: 256 random bits, stored and compared only as SHA-256 digests. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "blog_";

    private Secrets() {}

    static String mint() {
        return mint(PREFIX);
    }

    /** 256 random bits, base64url, after {@code prefix} (which says what the secret opens). */
    public static String mint(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hash(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    /** Compares digests, not secrets, in time independent of where they differ. */
    static boolean matches(String presented, byte[] expectedDigest) {
        return MessageDigest.isEqual(digest(presented), expectedDigest);
    }
}
