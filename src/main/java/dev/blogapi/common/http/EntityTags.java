package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Strong ETags derived from the exact bytes of a representation, so every path that serves the same
 * post (by id, by slug, resolve) agrees, and If-Match can be checked against it.
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 27)
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String ofJson(ObjectMapper json, Object entity) {
        try {
            return of(json.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response records always serialise", e);
        }
    }

    public static String of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether an If-None-Match or If-Match header value names {@code etag}; weak tags compare
     * weakly.
     */
    public static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || stripWeak(tag).equals(stripWeak(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.toUpperCase(Locale.ROOT).startsWith("W/") ? tag.substring(2) : tag;
    }
}
