package dev.blogapi.auth;

import dev.blogapi.author.AuthorRef;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Token",
        description = "A token, without its secret.",
        requiredProperties = {"id", "name", "role", "author", "createdAt"})
record TokenResponse(
        UUID id,
        @Schema(examples = "deploy script") String name,
        @Schema(enumeration = {"admin", "author", "reader"}) String role,
        @Schema(nullable = true) AuthorRef author,
        Instant createdAt) {

    static TokenResponse of(ApiToken token) {
        return new TokenResponse(
                token.id,
                token.name,
                token.role.name(),
                token.author == null ? null : AuthorRef.of(token.author),
                token.createdAt);
    }
}
