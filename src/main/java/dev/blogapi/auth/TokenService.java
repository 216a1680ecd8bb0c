package dev.blogapi.auth;

import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorService;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Minting, listing, revoking and checking API tokens. */
@ApplicationScoped
class TokenService {

    static final String CONFIGURED_ADMIN_KEY = "admin:configured";
    static final int MIN_ADMIN_TOKEN_LENGTH = 32;

    private final ApiTokenRepository tokens;
    private final AuthorService authors;
    private final Optional<byte[]> configuredAdminDigest;
    private final Clock clock;

    TokenService(ApiTokenRepository tokens, AuthorService authors, BlogConfig config, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.authors = authors;
        config.adminToken()
                .filter(t -> !t.isBlank() && t.length() < MIN_ADMIN_TOKEN_LENGTH)
                .ifPresent(
                        weak -> {
                            throw new IllegalStateException(
                                    "BLOG_ADMIN_TOKEN is "
                                            + weak.length()
                                            + " characters long; it must have at least "
                                            + MIN_ADMIN_TOKEN_LENGTH
                                            + ". Generate one with: openssl rand -hex 32");
                        });
        this.configuredAdminDigest =
                config.adminToken().filter(t -> !t.isBlank()).map(Secrets::digest);
    }

    boolean adminTokenConfigured() {
        return configuredAdminDigest.isPresent();
    }

    // Its own transaction: it runs on a worker thread outside the request's CDI context.
    @Transactional
    public Optional<Caller> authenticate(String secret) {
        if (configuredAdminDigest.isPresent()
                && Secrets.matches(secret, configuredAdminDigest.get())) {
            return Optional.of(new Caller(CONFIGURED_ADMIN_KEY, Role.admin, null));
        }
        return tokens.findBySecretHash(Secrets.hash(secret))
                .map(
                        t ->
                                new Caller(
                                        "token:" + t.id,
                                        t.role,
                                        t.author == null ? null : t.author.id));
    }

    @Transactional
    public TokenCreated mint(TokenRequest request) {
        Role role = Role.valueOf(request.role());
        Author author = null;
        if (request.author() != null) {
            author = authors.findOrCreate(request.author(), "author");
        } else if (role == Role.author) {
            throw new InvalidRequestException("author", "is required for a token of role 'author'");
        }
        String secret = Secrets.mint();
        ApiToken token =
                new ApiToken(
                        request.name().strip(),
                        role,
                        author,
                        Secrets.hash(secret),
                        false,
                        clock.instant());
        tokens.persist(token);
        return new TokenCreated(TokenResponse.of(token), secret);
    }

    /** Mints the admin token printed at first start; null when one exists already. */
    @Transactional
    String mintInitialAdmin() {
        tokens.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(4242001)")
                .getSingleResult();
        if (tokens.initialExists()) {
            return null;
        }
        String secret = Secrets.mint();
        tokens.persist(
                new ApiToken(
                        "initial admin token",
                        Role.admin,
                        null,
                        Secrets.hash(secret),
                        true,
                        clock.instant()));
        return secret;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenResponse> list() {
        return tokens.listNewestFirst().stream().map(TokenResponse::of).toList();
    }

    @Transactional
    public void revoke(UUID id) {
        if (!tokens.deleteById(id)) {
            throw new NotFoundException("No token with id " + id);
        }
    }

    /** A freshly minted token with its secret, which is never shown again. */
    public record TokenCreated(TokenResponse token, String secret) {}
}
