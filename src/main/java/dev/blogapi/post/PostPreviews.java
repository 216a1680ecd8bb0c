package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.auth.Secrets;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Preview links of unpublished posts and pages: minted by an admin or the post's author, each an
 * unguessable token (256 bits) kept only as its SHA-256, working until it expires
 * (BLOG_PREVIEW_TTL), is revoked or its post is deleted; opened without an API token, it shows the
 * post whole as it is now. A link is never listed anywhere public.
 */
@ApplicationScoped
class PostPreviews {

    private static final String PREFIX = "preview_";

    private final PostWriter writer;
    private final PostMapper mapper;
    private final Clock clock;
    private final Duration ttl;
    private final String urlPattern;

    PostPreviews(PostWriter writer, PostMapper mapper, Clock clock, BlogConfig config) {
        this.writer = writer;
        this.mapper = mapper;
        this.clock = clock;
        this.ttl = config.previewTtl();
        this.urlPattern =
                config.previewUrlPattern().orElse(config.baseUrl() + "/preview?token={token}");
    }

    /** A new link to the unpublished post or page {@code id}; a public one needs none (409). */
    @Transactional
    PreviewResponses.Minted mint(Post.Kind kind, UUID id, Caller caller) {
        Post post = writer.owned(kind, id, caller);
        Instant now = clock.instant();
        if (post.isPublicAt(now)) {
            throw new ConflictException(
                    "The " + kind + " is published: its own address shows it to everyone");
        }
        String token = Secrets.mint(PREFIX);
        PreviewToken preview = new PreviewToken(post, Secrets.hash(token), now, now.plus(ttl));
        preview.persist();
        return new PreviewResponses.Minted(
                preview.id, token, urlPattern.replace("{token}", token), preview.expiresAt);
    }

    /** The links of {@code id} that still work, newest first. */
    @Transactional
    List<PreviewResponses.Summary> list(Post.Kind kind, UUID id, Caller caller) {
        Post post = writer.owned(kind, id, caller);
        List<PreviewToken> found =
                PreviewToken.list(
                        "post = ?1 and expiresAt > ?2 order by createdAt desc",
                        post,
                        clock.instant());
        return found.stream()
                .map(p -> new PreviewResponses.Summary(p.id, p.createdAt, p.expiresAt))
                .toList();
    }

    /** Revokes one link of {@code id}. */
    @Transactional
    void revoke(Post.Kind kind, UUID id, UUID previewId, Caller caller) {
        Post post = writer.owned(kind, id, caller);
        long deleted = PreviewToken.delete("id = ?1 and post = ?2", previewId, post);
        if (deleted == 0) {
            throw new NotFoundException("No preview " + previewId + " of this " + kind);
        }
    }

    /** The post a working link shows, whole, as it is now; any other token is a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    PostResponse open(String token) {
        Instant now = clock.instant();
        PreviewToken preview =
                token == null || !token.startsWith(PREFIX)
                        ? null
                        : PreviewToken.<PreviewToken>find("tokenHash", Secrets.hash(token))
                                .firstResult();
        if (preview == null || !preview.expiresAt.isAfter(now)) {
            throw new NotFoundException("This preview link is unknown, expired or revoked");
        }
        return mapper.toResponse(preview.post, now, true);
    }
}
