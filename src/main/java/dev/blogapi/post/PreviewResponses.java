package dev.blogapi.post;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the preview endpoints answer. */
final class PreviewResponses {

    private PreviewResponses() {}

    @Schema(
            name = "MintedPreview",
            description =
                    "A new preview link: the token is shown this once (only its hash is kept); url"
                            + " is BLOG_PREVIEW_URL_PATTERN with the token, the front end's page"
                            + " that reads GET /api/v1/previews/{token}.",
            requiredProperties = {"id", "token", "url", "expiresAt"})
    record Minted(
            UUID id,
            @Schema(examples = "preview_Q2hpc2VscyBhbmQgcGxhbmVzIGFuZCBtb3JlIGNoaXNlbHM")
                    String token,
            @Schema(
                            examples =
                                    "https://www.example.org/preview?token=preview_Q2hpc2VscyBhbmQgcGxhbmVzIGFuZCBtb3JlIGNoaXNlbHM")
                    String url,
            Instant expiresAt) {}

    @Schema(
            name = "Preview",
            description = "A preview link that still works (its token is never shown again).",
            requiredProperties = {"id", "createdAt", "expiresAt"})
    record Summary(UUID id, Instant createdAt, Instant expiresAt) {}
}
