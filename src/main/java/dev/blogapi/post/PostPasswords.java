package dev.blogapi.post;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords of password-protected posts, kept only as salted PBKDF2-HMAC-SHA256 hashes (the JDK's
 * own): a post password is chosen by a person and short, so a fast digest would not protect it.
 * Stored as {@code pbkdf2-sha256$iterations$salt$hash}, base64.
 */
final class PostPasswords {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 120_000;
    private static final int BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PostPasswords() {}

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME
                + '$'
                + ITERATIONS
                + '$'
                + base64.encodeToString(salt)
                + '$'
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} is the one {@code stored} was made from; false for any other. */
    static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(
                    derive(password, salt, Integer.parseInt(parts[1])), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether {@code stored} has the shape {@link #hash} gives, for hashes restored from exports.
     */
    static boolean wellFormed(String stored) {
        return stored != null
                && stored.matches(
                        "pbkdf2-sha256\\$[0-9]{5,7}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
