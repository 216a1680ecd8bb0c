package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.http.Pagination;
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

    PostQueries(PostRepository posts, PostMapper mapper, Permalinks permalinks, Clock clock) {
        this.clock = clock;
        this.posts = posts;
        this.mapper = mapper;
        this.permalinks = permalinks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostPage list(PostFilter filter, int page, int size) {
        Instant now = clock.instant();
        long offset = (long) (page - 1) * size;
        PostRepository.IdPage ids =
                posts.search(filter, now, (int) Math.min(offset, Integer.MAX_VALUE), size);
        List<PostResponse> items =
                posts.loadInOrder(ids.ids()).stream().map(p -> mapper.toResponse(p, now)).toList();
        return new PostPage(
                items, page, size, ids.total(), Pagination.totalPages(ids.total(), size));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostResponse byId(UUID id, Caller caller) {
        return visible(posts.findByIdOptional(id), caller)
                .orElseThrow(() -> new NotFoundException("No post with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PostResponse bySlug(String slug, Caller caller) {
        return visible(posts.findBySlug(slug), caller)
                .orElseThrow(() -> new NotFoundException("No post with slug '" + slug + "'"));
    }

    /** The post at a site path: its current permalink, or an old path it was imported with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostResponse resolve(String path, Caller caller) {
        Optional<Post> byAlias = posts.findByAlias(path);
        Optional<Post> found =
                byAlias.isPresent()
                        ? byAlias
                        : permalinks
                                .slugIn(path)
                                .flatMap(posts::findBySlug)
                                .filter(
                                        post ->
                                                sameLocation(permalinks.pathOf(post), path)
                                                        || sameLocation(
                                                                permalinks.pathOf(
                                                                        post.slug,
                                                                        post.publishedAt),
                                                                path));
        return visible(found, caller)
                .orElseThrow(() -> new NotFoundException("No post is published at '" + path + "'"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchiveMonth> archive() {
        return posts.countPublicByMonth(clock.instant()).stream()
                .map(
                        row ->
                                new ArchiveMonth(
                                        ((Number) row[0]).intValue(),
                                        ((Number) row[1]).intValue(),
                                        ((Number) row[2]).longValue()))
                .toList();
    }

    private static boolean sameLocation(String permalink, String path) {
        return permalink != null && (permalink.equals(path) || (permalink + "/").equals(path));
    }

    private Optional<PostResponse> visible(Optional<Post> post, Caller caller) {
        Instant now = clock.instant();
        return post.filter(p -> caller.authenticated() || p.isPublicAt(now))
                .map(p -> mapper.toResponse(p, now));
    }
}
