package dev.blogapi.post;

import dev.blogapi.author.Author;
import dev.blogapi.category.Category;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.db.ContentChanges;
import dev.blogapi.common.db.SlugAllocator;
import dev.blogapi.common.db.Timestamps;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The one way a post is written, whoever writes it: a draft has only a date it is given, the
 * excerpt is derived unless given, slugs and guids stay unique, a kept old path goes when slug or
 * date change, and a write that would change nothing writes nothing.
 */
@ApplicationScoped
public class PostStore {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** The post as stored after a write, and what the write did. */
    public record Saved(Post post, Outcome outcome) {}

    private final PostRepository posts;
    private final ContentRenderer renderer;
    private final SlugAllocator slugs;
    private final Clock clock;
    private final ContentChanges changes;
    private final Permalinks permalinks;

    PostStore(
            PostRepository posts,
            ContentRenderer renderer,
            SlugAllocator slugs,
            Clock clock,
            ContentChanges changes,
            Permalinks permalinks) {
        this.changes = changes;
        this.permalinks = permalinks;
        this.posts = posts;
        this.renderer = renderer;
        this.slugs = slugs;
        this.clock = clock;
    }

    /** For importers: the post with the input's id, else its guid; a new one when neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Saved upsert(PostInput input) {
        return save(matching(input), input);
    }

    private Post matching(PostInput input) {
        Optional<Post> byId =
                input.id() == null ? Optional.empty() : posts.findByIdOptional(input.id());
        return byId.or(() -> posts.findByGuid(input.guid())).orElse(null);
    }

    /**
     * {@link #upsert} for a batch of posts with distinct guids: the existing ones are found in one
     * query, the new ones' slugs allocated together, and the rows written in one flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Saved> upsertAll(List<PostInput> inputs) {
        Map<String, Post> existing = new HashMap<>();
        posts.findByGuids(inputs.stream().map(PostInput::guid).toList())
                .forEach(post -> existing.put(post.guid, post));
        Predicate<PostInput> newWithFreeSlug =
                input ->
                        input.id() == null
                                && !existing.containsKey(input.guid())
                                && input.slug().kind() != PostInput.SlugChoice.Kind.EXACT;
        Iterator<String> newSlugs =
                slugs.allocateNew(
                                SlugAllocator.Table.POST,
                                inputs.stream()
                                        .filter(newWithFreeSlug)
                                        .map(input -> input.slug().value())
                                        .toList())
                        .iterator();
        List<Saved> saved = new ArrayList<>(inputs.size());
        for (PostInput input : inputs) {
            if (input.id() != null) {
                saved.add(saveRow(matching(input), input, false, null));
            } else {
                String slug = newWithFreeSlug.test(input) ? newSlugs.next() : null;
                saved.add(saveRow(existing.get(input.guid()), input, true, slug));
            }
        }
        posts.flush();
        posts.addAliasesIfFree(aliasesOf(saved, inputs));
        return saved;
    }

    /** Writes {@code input} over {@code existing}, or as a new post when it is null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Saved save(Post existing, PostInput input) {
        Saved saved = saveRow(existing, input, false, null);
        posts.flush();
        posts.addAliasesIfFree(aliasesOf(List.of(saved), List.of(input)));
        return saved;
    }

    /** Marks the posts with these guids as brought in from {@code source} (an old blog's id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markImportedFrom(String source, Collection<String> guids) {
        posts.findByGuids(guids).forEach(post -> post.importSource = source);
    }

    /** The posts and pages an earlier import brought in from {@code source}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Post> importedFrom(String source) {
        return posts.list("importSource", source);
    }

    /**
     * Takes a post down without deleting it: a draft again (with no date and no address, as every
     * draft), which its author can publish again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unpublish(UUID id) {
        posts.findByIdOptional(id)
                .filter(post -> post.status == Post.Status.published)
                .ifPresent(
                        post -> {
                            PostFootprint before = footprintOf(post);
                            post.status = Post.Status.draft;
                            post.publishedAt = null;
                            post.legacyPath = null;
                            post.updatedAt = clock.instant();
                            announce(before, footprintOf(post));
                        });
    }

    /** Deletes the post or page: its answers, lists and feeds are forgotten everywhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Post post) {
        PostFootprint before = footprintOf(post);
        posts.delete(post);
        announce(before, null);
    }

    /** What public answers show of {@code post} now. */
    private PostFootprint footprintOf(Post post) {
        return PostFootprint.of(
                post,
                clock.instant(),
                id -> posts.getEntityManager().find(Category.class, id),
                permalinks);
    }

    /** Says what a write from {@code before} to {@code after} touched (see ContentChanges). */
    private void announce(PostFootprint before, PostFootprint after) {
        PostFootprint touched = PostFootprint.touched(before, after);
        changes.touched(touched.topics(), touched.scheduled());
    }

    /** Takes the category off every post filed under it, before the category goes. */
    @Transactional
    public void detach(Category category) {
        posts.findInCategory(category)
                .forEach(post -> post.categories = without(post.categories, category));
    }

    /** Takes the tag off every post carrying it, before the tag goes. */
    @Transactional
    public void detach(Tag tag) {
        posts.findWithTag(tag).forEach(post -> post.tags = without(post.tags, tag));
    }

    private static <T> List<T> without(List<T> labels, T label) {
        List<T> kept = new ArrayList<>(labels);
        kept.remove(label);
        return kept;
    }

    /** Old paths per post id, in the order given: where two posts claim one, the first keeps it. */
    private static Map<UUID, List<String>> aliasesOf(List<Saved> saved, List<PostInput> inputs) {
        Map<UUID, List<String>> aliases = new LinkedHashMap<>();
        for (int i = 0; i < saved.size(); i++) {
            // Drafts keep no old addresses, whoever writes them.
            if (!inputs.get(i).aliases().isEmpty() && inputs.get(i).status() != Post.Status.draft) {
                aliases.computeIfAbsent(saved.get(i).post().id, id -> new ArrayList<>())
                        .addAll(inputs.get(i).aliases());
            }
        }
        return aliases;
    }

    // guidFree: the caller has just looked the guid up and found no post with it. freeSlug: a slug
    // the caller has allocated for a new post, or null. Flushing and old paths are the caller's.
    private Saved saveRow(Post existing, PostInput input, boolean guidFree, String freeSlug) {
        Instant now = clock.instant();
        boolean creating = existing == null;
        Post post = creating ? new Post() : existing;
        if (creating && input.id() != null) {
            post.id = input.id();
        }
        requireWithinLimits(input);
        Post.Kind kind =
                input.kind() != null ? input.kind() : creating ? Post.Kind.post : post.kind;
        kind.requireLabelsAllowed(
                input.categories().size(), input.tags() == null ? 0 : input.tags().size());
        Instant publishedAt = publishedAt(post, input, now);
        Post.Visibility visibility =
                input.gating() == null ? post.visibility : input.gating().visibility();
        String passwordHash = passwordHashFor(post, input.gating());
        String freeHtml = renderer.freePart(input.contentHtml()).orElse(null);
        String excerpt =
                input.excerpt() != null
                        ? input.excerpt()
                        : renderer.excerptOf(
                                excerptSource(visibility, input.contentHtml(), freeHtml));
        String guid =
                input.guid() != null
                        ? input.guid()
                        : post.guid != null ? post.guid : "urn:uuid:" + post.id;
        if (!creating
                && unchanged(post, input, publishedAt, excerpt, guid)
                && post.visibility == visibility
                && Objects.equals(post.passwordHash, passwordHash)
                && (input.presentation() == null
                        || input.presentation().equals(post.presentation()))
                && (input.parent() == null || input.parent().page() == post.parent)
                && post.authors.equals(authorsOf(post, input))) {
            return new Saved(post, Outcome.UNCHANGED);
        }
        if (!guidFree && !guid.equals(post.guid) && posts.guidTaken(guid)) {
            throw new ConflictException("The guid '" + guid + "' is already used by another post");
        }
        PostFootprint before = creating ? null : footprintOf(post);
        String oldSlug = post.slug;
        Instant oldPublishedAt = post.publishedAt;
        post.slug = freeSlug != null ? freeSlug : slugFor(post, input.slug());
        post.guid = guid;
        post.title = input.title();
        post.status = input.status();
        post.publishedAt = publishedAt;
        post.author = input.author();
        post.authors = authorsOf(post, input);
        if (input.kind() != null) {
            post.kind = input.kind();
        }
        post.categories = new ArrayList<>(input.categories());
        if (input.tags() != null) {
            post.tags = new ArrayList<>(input.tags());
        } else if (post.kind == Post.Kind.page) {
            post.tags = new ArrayList<>();
        }
        post.contentHtml = input.contentHtml();
        post.contentMarkdown = input.contentMarkdown();
        post.excerpt = excerpt;
        post.excerptDerived = input.excerpt() == null;
        post.visibility = visibility;
        if (input.parent() != null) {
            post.parent = requireParentable(post, input.parent().page());
        }
        if (input.presentation() != null) {
            post.present(input.presentation());
        } else if (creating) {
            post.present(PostInput.Presentation.NONE);
        }
        post.freeHtml = freeHtml;
        post.passwordHash = passwordHash;
        if (input.status() == Post.Status.draft) {
            // A draft has no address: an old blog's path or alias would promise one.
            post.legacyPath = null;
        } else if (input.legacyPath().given()) {
            post.legacyPath = input.legacyPath().path();
        } else if (!post.slug.equals(oldSlug) || !Objects.equals(publishedAt, oldPublishedAt)) {
            post.legacyPath = null;
        }
        post.createdAt = firstOf(input.createdAt(), creating ? now : post.createdAt);
        post.updatedAt = firstOf(input.updatedAt(), now);
        if (creating) {
            posts.persist(post);
        }
        announce(before, footprintOf(post));
        return new Saved(post, creating ? Outcome.CREATED : Outcome.UPDATED);
    }

    /**
     * The field limits, for every writer: the API's request validation says the same before this
     * with its own field names; an importer's item that breaks one fails with this message.
     */
    private static void requireWithinLimits(PostInput input) {
        requireAtMost("guid", input.guid(), FieldLimits.GUID);
        requireAtMost("title", input.title(), FieldLimits.TITLE);
        requireAtMost("excerpt", input.excerpt(), FieldLimits.EXCERPT);
        requireAtMost("contentHtml", input.contentHtml(), FieldLimits.CONTENT);
        requireAtMost("legacyPath", input.legacyPath().path(), FieldLimits.PATH);
        input.aliases().forEach(path -> requireAtMost("aliases", path, FieldLimits.PATH));
        if (input.coAuthors() != null && input.coAuthors().size() >= FieldLimits.AUTHORS_PER_POST) {
            throw new InvalidRequestException(
                    "authors", "at most " + FieldLimits.AUTHORS_PER_POST + " authors per post");
        }
        PostInput.Presentation shown = input.presentation();
        if (shown != null) {
            if (shown.featuredImage() != null) {
                requireAtMost("featuredImage.url", shown.featuredImage().url(), FieldLimits.PATH);
                requireAtMost(
                        "featuredImage.alt", shown.featuredImage().alt(), FieldLimits.EXCERPT);
                requireAtMost(
                        "featuredImage.caption",
                        shown.featuredImage().caption(),
                        FieldLimits.EXCERPT);
            }
            requireAtMost("canonicalUrl", shown.canonicalUrl(), FieldLimits.PATH);
            requireAtMost("metaTitle", shown.metaTitle(), FieldLimits.TITLE);
            requireAtMost("metaDescription", shown.metaDescription(), FieldLimits.EXCERPT);
        }
    }

    private static void requireAtMost(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new InvalidRequestException(
                    field, "is longer than " + limit + " characters (" + value.length() + ")");
        }
    }

    /**
     * What a derived excerpt is made from: never the gated part of a members or paid post (the
     * excerpt is public); a password-protected post's excerpt is hidden from anonymous readers.
     */
    private static String excerptSource(Post.Visibility visibility, String html, String freeHtml) {
        return switch (visibility) {
            case PUBLIC, PASSWORD -> html;
            case MEMBERS, PAID -> freeHtml == null ? "" : freeHtml;
        };
    }

    private static String passwordHashFor(Post post, PostInput.Gating gating) {
        if (gating == null) {
            return post.passwordHash;
        }
        if (gating.visibility() != Post.Visibility.PASSWORD) {
            return null;
        }
        if (gating.passwordHash() != null) {
            if (!PostPasswords.wellFormed(gating.passwordHash())) {
                throw new InvalidRequestException(
                        "passwordHash", "is not a password hash this service made");
            }
            return gating.passwordHash();
        }
        if (gating.password() != null) {
            return PostPasswords.matches(gating.password(), post.passwordHash)
                    ? post.passwordHash
                    : PostPasswords.hash(gating.password());
        }
        if (post.passwordHash == null) {
            throw new InvalidRequestException(
                    "password", "is required to protect a post with a password");
        }
        return post.passwordHash;
    }

    /**
     * Everyone who wrote the post, in order, each once: the author first, then the co-authors the
     * input names, else those the post had.
     */
    private static List<Author> authorsOf(Post post, PostInput input) {
        List<Author> coAuthors =
                input.coAuthors() != null
                        ? input.coAuthors()
                        : post.authors.size() > 1
                                ? post.authors.subList(1, post.authors.size())
                                : List.of();
        List<Author> all = new ArrayList<>();
        all.add(input.author());
        for (Author coAuthor : coAuthors) {
            if (all.stream().noneMatch(known -> known.id.equals(coAuthor.id))) {
                all.add(coAuthor);
            }
        }
        return all;
    }

    /**
     * {@code parent}, when it may hold {@code page}: only a page sits under a page, and never under
     * itself or a page below it.
     */
    private static Post requireParentable(Post page, Post parent) {
        if (parent == null) {
            return null;
        }
        if (page.kind != Post.Kind.page || parent.kind != Post.Kind.page) {
            throw new InvalidRequestException("parent", "only a page sits under another page");
        }
        if (!mayHold(parent, page)) {
            throw new InvalidRequestException(
                    "parent", "would put the page under itself or a page below it");
        }
        return parent;
    }

    /** Whether both are pages and {@code parent} is neither {@code page} nor below it. */
    private static boolean mayHold(Post parent, Post page) {
        if (page.kind != Post.Kind.page || parent.kind != Post.Kind.page) {
            return false;
        }
        for (Post above = parent; above != null; above = above.parent) {
            if (above == page || above.id.equals(page.id)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts the page with guid {@code guid} under the page with guid {@code parentGuid}: an import's
     * second pass, once both are written, whatever their order in the export. A page that already
     * has a parent keeps it; one that cannot hold the other is left where it is.
     */
    public void placeUnder(String guid, String parentGuid) {
        Post page = posts.findByGuid(guid).orElse(null);
        Post parent = posts.findByGuid(parentGuid).orElse(null);
        if (page != null && parent != null && page.parent == null && mayHold(parent, page)) {
            page.parent = parent;
        }
    }

    /**
     * A draft keeps a date it is given (an imported draft's) or had as a draft, and has none
     * otherwise (a published post made a draft loses its date, as documented); a published post its
     * given date, else the one it had, else now.
     */
    private static Instant publishedAt(Post post, PostInput input, Instant now) {
        if (input.status() == Post.Status.draft) {
            return firstOf(
                    input.publishedAt(),
                    post.status == Post.Status.draft ? post.publishedAt : null);
        }
        return firstOf(input.publishedAt(), post.publishedAt != null ? post.publishedAt : now);
    }

    private String slugFor(Post post, PostInput.SlugChoice choice) {
        return switch (choice.kind()) {
            case EXACT -> {
                if (!choice.value().equals(post.slug) && posts.slugTaken(choice.value())) {
                    throw new ConflictException(
                            "The slug '" + choice.value() + "' is already used by another post");
                }
                yield choice.value();
            }
            case PREFERRED ->
                    choice.value().equals(post.slug)
                            ? post.slug
                            : slugs.allocate(SlugAllocator.Table.POST, choice.value(), post.id);
            case KEEP ->
                    post.slug != null
                            ? post.slug
                            : slugs.allocate(SlugAllocator.Table.POST, choice.value(), post.id);
        };
    }

    private static boolean unchanged(
            Post post, PostInput input, Instant publishedAt, String excerpt, String guid) {
        boolean sameSlug =
                input.slug().kind() == PostInput.SlugChoice.Kind.KEEP
                        || input.slug().value().equals(post.slug);
        return sameSlug
                && (input.id() == null || post.id.equals(input.id()))
                && post.guid.equals(guid)
                && post.title.equals(input.title())
                && post.status == input.status()
                && Objects.equals(post.publishedAt, publishedAt)
                && post.author.id.equals(input.author().id)
                && (input.kind() == null || post.kind == input.kind())
                && post.categories.equals(input.categories())
                && (input.tags() == null || post.tags.equals(input.tags()))
                && post.contentHtml.equals(input.contentHtml())
                && Objects.equals(post.contentMarkdown, input.contentMarkdown())
                && post.excerpt.equals(excerpt)
                && post.excerptDerived == (input.excerpt() == null)
                && (!input.legacyPath().given()
                        || Objects.equals(
                                post.legacyPath,
                                input.status() == Post.Status.draft
                                        ? null
                                        : input.legacyPath().path()))
                && (input.createdAt() == null
                        || post.createdAt.equals(Timestamps.stored(input.createdAt())))
                && (input.updatedAt() == null
                        || post.updatedAt.equals(Timestamps.stored(input.updatedAt())));
    }

    private static Instant firstOf(Instant given, Instant otherwise) {
        return given != null ? Timestamps.stored(given) : otherwise;
    }
}
