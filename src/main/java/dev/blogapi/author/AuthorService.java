package dev.blogapi.author;

import dev.blogapi.common.content.Named;
import dev.blogapi.common.db.SlugAllocator;
import dev.blogapi.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Authors are listed publicly and created on first use by name (a post, a token, an import). */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final AuthorPosts posts;
    private final SlugAllocator slugs;
    private final Clock clock;

    public AuthorService(
            AuthorRepository authors, AuthorPosts posts, SlugAllocator slugs, Clock clock) {
        this.posts = posts;
        this.clock = clock;
        this.authors = authors;
        this.slugs = slugs;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorResponse> list() {
        Map<UUID, Long> counts = posts.publicCountsByAuthor(clock.instant());
        return authors.listByName().stream()
                .map(a -> new AuthorResponse(a.slug, a.name, counts.getOrDefault(a.id, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorResponse get(String slug) {
        Author author =
                authors.findBySlug(slug)
                        .orElseThrow(
                                () -> new NotFoundException("No author with slug '" + slug + "'"));
        return new AuthorResponse(
                author.slug, author.name, posts.publicCountBy(author.id, clock.instant()));
    }

    /** The (oldest) author with this exact name, created when new. */
    @Transactional
    public Author findOrCreate(String name, String field) {
        return findOrCreate(Named.of(name), field);
    }

    /**
     * The author {@code named} means: by slug when it has one (an old blog's login), else by name;
     * created when new.
     */
    @Transactional
    public Author findOrCreate(Named named, String field) {
        return slugs.findOrCreate(
                SlugAllocator.Table.AUTHOR,
                named,
                field,
                new SlugAllocator.Lookups<>(authors::findByName, authors::findBySlug),
                slug -> {
                    Author author = new Author(slug, named.name().strip(), clock.instant());
                    authors.persist(author);
                    return author;
                });
    }
}
