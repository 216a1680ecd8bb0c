package dev.blogapi.category;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.db.SlugAllocator;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Category rules: unique slugs, a name once among its siblings (as WordPress has it: two "Tips"
 * under different parents are two categories), parents without cycles, deletion detaches posts and
 * lifts children to the top level.
 */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;
    private final CategoryPosts posts;
    private final SlugAllocator slugs;
    private final Clock clock;

    public CategoryService(
            CategoryRepository categories, CategoryPosts posts, SlugAllocator slugs, Clock clock) {
        this.clock = clock;
        this.categories = categories;
        this.posts = posts;
        this.slugs = slugs;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryResponse> list() {
        Map<UUID, Long> counts = posts.publicCountsByCategory(clock.instant());
        List<Category> all = categories.listByName();
        Map<UUID, String> slugsById =
                all.stream().collect(Collectors.toMap(c -> c.id, c -> c.slug));
        return all.stream()
                .map(c -> toResponse(c, slugsById.get(c.parentId), counts.getOrDefault(c.id, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CategoryResponse get(String slug) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> notFound(slug));
        String parent =
                category.parentId == null
                        ? null
                        : categories
                                .findByIdOptional(category.parentId)
                                .map(c -> c.slug)
                                .orElse(null);
        return toResponse(category, parent, posts.publicCountIn(category.id, clock.instant()));
    }

    @Transactional
    public CategoryResponse create(CategoryRequest request) {
        String name = request.name().strip();
        String slug =
                request.slug() != null
                        ? request.slug()
                        : Slugs.from(name, "category", FieldLimits.NAME_SLUG);
        if (request.slug() != null && categories.slugTaken(slug)) {
            throw new ConflictException("The category slug '" + slug + "' is already taken");
        }
        slug = slugs.allocate(SlugAllocator.Table.CATEGORY, slug, null);
        Category category = new Category(slug, name, request.description(), clock.instant());
        category.parentId = parentOf(request, category);
        requireFreeName(name, category);
        categories.persist(category);
        categories.flush();
        return get(slug);
    }

    @Transactional
    public CategoryResponse replace(String slug, CategoryRequest request) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> notFound(slug));
        String name = request.name().strip();
        category.parentId = parentOf(request, category);
        requireFreeName(name, category);
        if (request.slug() != null && !request.slug().equals(slug)) {
            if (categories.slugTaken(request.slug())) {
                throw new ConflictException(
                        "The category slug '" + request.slug() + "' is already taken");
            }
            category.slug = request.slug();
        }
        category.name = name;
        category.description = request.description();
        categories.flush();
        return get(category.slug);
    }

    /** Deletes the category; the posts filed under it stay, without it. */
    @Transactional
    public void delete(String slug) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> notFound(slug));
        posts.detachFromPosts(category);
        categories.delete(category);
    }

    /**
     * The category {@code named} means: by slug when it has one (an old blog's term slug), else the
     * oldest with that name; created when new. {@code field} names the request field in a 422.
     */
    @Transactional
    public Category findOrCreate(Named named, String field) {
        return slugs.findOrCreate(
                SlugAllocator.Table.CATEGORY,
                named,
                field,
                new SlugAllocator.Lookups<>(categories::findByName, categories::findBySlug),
                slug -> {
                    Category category =
                            new Category(slug, named.name().strip(), null, clock.instant());
                    categories.persist(category);
                    return category;
                });
    }

    /**
     * A category an old blog declares, with or without posts: found or created as {@link
     * #findOrCreate}, then given the description and the parent (by slug, found or created the same
     * way) the source says where it has none yet; what was set here is not overwritten.
     *
     * @return whether it was new
     */
    @Transactional
    public boolean declare(Named named, String description, Named parent, String field) {
        boolean existed =
                named.slug() != null
                        ? categories.findBySlug(named.slug()).isPresent()
                        : categories.findByName(named.name().strip()).isPresent();
        Category category = findOrCreate(named, field);
        if (category.description == null && description != null && !description.isBlank()) {
            String text = description.strip();
            category.description =
                    text.length() > FieldLimits.DESCRIPTION
                            ? text.substring(0, FieldLimits.DESCRIPTION - 1) + "…"
                            : text;
        }
        if (category.parentId == null && parent != null) {
            Category above = findOrCreate(parent, field);
            if (!categories.withDescendants(category.id).contains(above.id)) {
                category.parentId = above.id;
            }
        }
        return !existed;
    }

    /**
     * The categories behind these slugs, in the order given; an unknown slug is a 422 naming it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> resolveSlugs(List<String> slugs, String field) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(slugs));
        if (distinct.size() != slugs.size()) {
            throw new InvalidRequestException(field, "lists a category more than once");
        }
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<String, Category> found =
                categories.findBySlugs(distinct).stream()
                        .collect(Collectors.toMap(c -> c.slug, Function.identity()));
        List<String> unknown = distinct.stream().filter(s -> !found.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(
                    field,
                    "unknown category slug(s): "
                            + String.join(", ", unknown)
                            + "; create them with POST /api/v1/categories first");
        }
        return distinct.stream().map(found::get).toList();
    }

    /**
     * The id of the category {@code request} names as its parent; an unknown slug, or one that
     * would put {@code category} under itself, is a 422.
     */
    private UUID parentOf(CategoryRequest request, Category category) {
        if (request.parent() == null) {
            return null;
        }
        Category parent =
                categories
                        .findBySlug(request.parent())
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "parent",
                                                "unknown category slug '"
                                                        + request.parent()
                                                        + "'"));
        if (categories.withDescendants(category.id).contains(parent.id)) {
            throw new InvalidRequestException(
                    "parent", "would put the category under itself or one of its sub-categories");
        }
        return parent.id;
    }

    private void requireFreeName(String name, Category self) {
        categories
                .findSibling(name, self.parentId)
                .filter(other -> !other.id.equals(self.id))
                .ifPresent(
                        other -> {
                            throw new ConflictException(
                                    "A category named '"
                                            + name
                                            + "' already exists at that level (slug '"
                                            + other.slug
                                            + "')");
                        });
    }

    private static CategoryResponse toResponse(Category category, String parent, long publicPosts) {
        return new CategoryResponse(
                category.slug, category.name, category.description, parent, publicPosts);
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No category with slug '" + slug + "'");
    }
}
