package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.error.PermissionDeniedException;
import dev.blogapi.common.http.Pagination;
import dev.blogapi.common.http.PublicResponseCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading posts: what each caller may see, by list, id, slug or site path. */
@ApplicationScoped
class PostQueries {

    private final PostRepository posts;
    private final PostMapper mapper;
    private final Permalinks permalinks;
    private final Clock clock;
    private final PublicResponseCache remembered;
    private final PublicTallies tallies;

    PostQueries(
            PostRepository posts,
            PublicTallies tallies,
            PostMapper mapper,
            Permalinks permalinks,
            Clock clock,
            PublicResponseCache remembered) {
        this.clock = clock;
        this.remembered = remembered;
        this.tallies = tallies;
        this.posts = posts;
        this.mapper = mapper;
        this.permalinks = permalinks;
    }

    /** One page of a list of posts (newest first) or pages (by title), as the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostPage list(PostFilter filter, int page, int size, Caller caller) {
        Instant now = clock.instant();
        long generation = remembered.generationNow();
        // Only public lists: what a token's list shows (drafts, scheduled) is not public content.
        String key =
                filter.visibility() == PostFilter.Visibility.PUBLISHED ? "posts " + filter : null;
        long total = totalOf(filter, now, key, generation);
        long offset = (long) (page - 1) * size;
        List<UUID> ids = List.of();
        if (offset < total) {
            ids = pageOf(filter, now, (int) offset, size, key, generation);
        }
        List<PostResponse> items =
                posts.loadInOrder(ids).stream()
                        .map(p -> mapper.toResponse(p, now, caller.readsGated()))
                        .toList();
        return new PostPage(items, page, size, total, Pagination.totalPages(total, size));
    }

    private long totalOf(PostFilter filter, Instant now, String key, long generation) {
        Optional<Long> known = key == null ? Optional.empty() : remembered.recall(key, Long.class);
        if (known.isPresent()) {
            return known.get();
        }
        long total = posts.count(filter, now);
        if (key != null) {
            remembered.remember(key, generation, total, filter.topics());
        }
        return total;
    }

    /**
     * A public list's total and where its pages start are remembered for the content generation, so
     * repeating a list, or walking it page by page, neither counts again nor walks past the posts
     * before the page: both end with the next change of public content.
     */
    private List<UUID> pageOf(
            PostFilter filter, Instant now, int offset, int size, String key, long generation) {
        String at = key + " at " + offset;
        PostRepository.ListPosition start =
                key == null || offset == 0
                        ? null
                        : remembered.recall(at, PostRepository.ListPosition.class).orElse(null);
        PostRepository.IdPage ids = posts.page(filter, now, offset, start, size);
        if (key != null) {
            if (ids.first() != null && offset > 0) {
                remembered.remember(at, generation, ids.first(), filter.topics());
            }
            if (ids.next() != null) {
                remembered.remember(
                        key + " at " + (offset + size), generation, ids.next(), filter.topics());
            }
        }
        return ids.ids();
    }

    /** The post ({@code kind} post) or page with this id, as the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostResponse byId(Post.Kind kind, UUID id, Caller caller, String password) {
        return visible(posts.findByIdOptional(id).filter(p -> p.kind == kind), caller, password)
                .orElseThrow(() -> new NotFoundException("No " + kind + " with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostResponse bySlug(Post.Kind kind, String slug, Caller caller, String password) {
        return visible(posts.findBySlug(slug).filter(p -> p.kind == kind), caller, password)
                .orElseThrow(
                        () -> new NotFoundException("No " + kind + " with slug '" + slug + "'"));
    }

    /**
     * The post or page at a site path: its current permalink, or an old path it was imported with.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PostResponse> resolve(List<String> variants, Caller caller, String password) {
        Optional<Post> found = posts.findByAnyAlias(variants);
        for (String variant : variants) {
            for (Post.Kind kind : Post.Kind.values()) {
                if (found.isEmpty()) {
                    found = atPatternPath(kind, variant);
                }
            }
        }
        return visible(found, caller, password);
    }

    private Optional<Post> atPatternPath(Post.Kind kind, String path) {
        return permalinks
                .slugIn(kind, path)
                .map(SitePaths::decoded)
                .flatMap(posts::findBySlug)
                .filter(post -> post.kind == kind)
                .filter(
                        post ->
                                sameLocation(permalinks.pathOf(post), path)
                                        || sameLocation(
                                                permalinks.pathOf(
                                                        kind, post.slug, post.publishedAt),
                                                path));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchiveMonth> archive() {
        return tallies.perMonth(clock.instant());
    }

    private static boolean sameLocation(String permalink, String path) {
        return permalink != null && (permalink.equals(path) || (permalink + "/").equals(path));
    }

    private Optional<PostResponse> visible(Optional<Post> post, Caller caller, String password) {
        Instant now = clock.instant();
        return post.filter(p -> caller.seesUnpublished() || p.isPublicAt(now))
                .map(p -> mapper.toResponse(p, now, readsWhole(p, caller, password)));
    }

    /**
     * Whether the caller reads the post whole: any post not gated; a gated one with a token; a
     * password-protected one with its password (a wrong one is refused, so a front end can say so).
     */
    private static boolean readsWhole(Post post, Caller caller, String password) {
        if (!post.gated() || caller.readsGated()) {
            return true;
        }
        if (password == null || post.visibility != Post.Visibility.PASSWORD) {
            return false;
        }
        if (!PostPasswords.matches(password, post.passwordHash)) {
            throw new PermissionDeniedException("That is not this " + post.kind + "'s password");
        }
        return true;
    }
}
