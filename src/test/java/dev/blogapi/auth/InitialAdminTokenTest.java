package dev.blogapi.auth;

import static dev.blogapi.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blogapi.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without BLOG_ADMIN_TOKEN there is no default token: one is minted once and only its hash kept.
 */
@QuarkusTest
@TestProfile(InitialAdminTokenTest.NoConfiguredAdminToken.class)
class InitialAdminTokenTest {

    public static class NoConfiguredAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.admin-token", " ");
        }
    }

    @Inject TokenService tokens;

    @Inject ApiTokenRepository repository;

    @Test
    void mintsTheInitialAdminTokenOnceAndAcceptsNoBuiltInDefault() {
        assertEquals(1, repository.count("initial", true));
        assertNull(tokens.mintInitialAdmin(), "a second start must not mint another");
        ApiToken initial = repository.find("initial", true).firstResult();
        assertEquals(Role.admin, initial.role);
        assertEquals(64, initial.secretHash.length());
        as(Api.ADMIN_TOKEN).get("/api/v1/tokens").then().statusCode(401);
        as("admin").get("/api/v1/tokens").then().statusCode(401);
    }
}
