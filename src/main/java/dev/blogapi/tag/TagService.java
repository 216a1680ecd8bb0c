package dev.blogapi.tag;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.db.SlugAllocator;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Tag rules: created by first use, one tag per name (case aside), renamed and deleted by admins.
 */
@ApplicationScoped
public class TagService {

    private final TagRepository tags;
    private final TagPosts posts;
    private final SlugAllocator slugs;
    private final Clock clock;

    TagService(TagRepository tags, TagPosts posts, SlugAllocator slugs, Clock clock) {
        this.tags = tags;
        this.posts = posts;
        this.slugs = slugs;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TagResponse> list() {
        Map<UUID, Long> counts = posts.publicCountsByTag(clock.instant());
        return tags.listAll().stream()
                .sorted(
                        Comparator.comparing((Tag tag) -> tag.name.toLowerCase(Locale.ROOT))
                                .thenComparing(tag -> tag.slug))
                .map(tag -> new TagResponse(tag.slug, tag.name, counts.getOrDefault(tag.id, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TagResponse get(String slug) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> notFound(slug));
        return new TagResponse(tag.slug, tag.name, posts.publicCountWith(tag.id, clock.instant()));
    }

    /** Renames the tag; a new slug moves its address, a name or slug another tag has is a 409. */
    @Transactional
    public TagResponse replace(String slug, TagRequest request) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> notFound(slug));
        String name = request.name().strip();
        tags.findByName(name)
                .filter(other -> other != tag)
                .ifPresent(
                        other -> {
                            throw new ConflictException(
                                    "A tag named '"
                                            + other.name
                                            + "' already exists (slug '"
                                            + other.slug
                                            + "')");
                        });
        if (request.slug() != null && !request.slug().equals(slug)) {
            if (tags.slugTaken(request.slug())) {
                throw new ConflictException(
                        "The tag slug '" + request.slug() + "' is already taken");
            }
            tag.slug = request.slug();
        }
        tag.name = name;
        tags.flush();
        return get(tag.slug);
    }

    /** Deletes the tag; its posts stay, without it. */
    @Transactional
    public void delete(String slug) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> notFound(slug));
        posts.detachFromPosts(tag);
        tags.delete(tag);
    }

    /**
     * The tags these names mean, in order, each created when new; a name given twice (case aside)
     * counts once. {@code field} names the request field in a 422.
     */
    @Transactional
    public List<Tag> findOrCreate(List<String> names, String field) {
        return findOrCreateNamed(names.stream().map(Named::of).toList(), field);
    }

    /**
     * The tags {@code named} means, in order: by slug when one is given (an old blog's identity for
     * the tag), else by name; each created when new, each once.
     */
    @Transactional
    public List<Tag> findOrCreateNamed(List<Named> named, String field) {
        if (named.size() > FieldLimits.TAGS_PER_POST) {
            throw new InvalidRequestException(
                    field, "at most " + FieldLimits.TAGS_PER_POST + " tags per post");
        }
        List<Tag> found = new ArrayList<>();
        for (Named given : named) {
            Tag tag = findOrCreate(given, field);
            if (!found.contains(tag)) {
                found.add(tag);
            }
        }
        return found;
    }

    /**
     * A tag an old blog lists, with posts or not: found or created as {@link #findOrCreate(Named,
     * String)}.
     *
     * @return whether it was new
     */
    @Transactional
    public boolean declare(Named named, String field) {
        boolean existed =
                named.slug() != null
                        ? tags.findBySlug(named.slug()).isPresent()
                        : tags.findByName(named.name().strip()).isPresent();
        findOrCreate(named, field);
        return !existed;
    }

    /** The tag {@code named} means, created when new. */
    @Transactional
    public Tag findOrCreate(Named named, String field) {
        return slugs.findOrCreate(
                SlugAllocator.Table.TAG,
                named,
                field,
                new SlugAllocator.Lookups<>(tags::findByName, tags::findBySlug),
                slug -> {
                    Tag created = new Tag(slug, named.name().strip(), clock.instant());
                    tags.persist(created);
                    return created;
                });
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No tag with slug '" + slug + "'");
    }
}
