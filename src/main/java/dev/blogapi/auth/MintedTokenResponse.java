package dev.blogapi.auth;

import dev.blogapi.author.AuthorRef;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MintedToken",
        description = "A new token with its secret, shown only in this response.",
        requiredProperties = {"id", "name", "role", "author", "createdAt", "secret"})
record MintedTokenResponse(
        UUID id,
        @Schema(examples = "ada laptop") String name,
        @Schema(enumeration = {"admin", "author", "reader"}) String role,
        @Schema(nullable = true) AuthorRef author,
        Instant createdAt,
        @Schema(
                        description = "Send as 'Authorization: Bearer <secret>'; never shown again",
                        examples = "blog_3q2-7wEXAMPLEt9Yk1vI0mZ8rQe4uP6sJxLbNcHdFgA")
                String secret) {

    static MintedTokenResponse of(TokenService.TokenCreated created) {
        TokenResponse t = created.token();
        return new MintedTokenResponse(
                t.id(), t.name(), t.role(), t.author(), t.createdAt(), created.secret());
    }
}
