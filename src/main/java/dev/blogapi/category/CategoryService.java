package dev.blogapi.category;

import dev.blogapi.common.content.FieldLimits;
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

/** Category rules: unique slugs and names, deletion detaches posts. */
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
        return categories.listByName().stream()
                .map(c -> toResponse(c, counts.getOrDefault(c.id, 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CategoryResponse get(String slug) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> notFound(slug));
        return toResponse(category, posts.publicCountIn(category.id, clock.instant()));
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
        requireFreeName(name, null);
        categories.persist(new Category(slug, name, request.description(), clock.instant()));
        categories.flush();
        return get(slug);
    }

    @Transactional
    public CategoryResponse replace(String slug, CategoryRequest request) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> notFound(slug));
        String name = request.name().strip();
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
     * The category with this exact name, created (slug from the name) when new; {@code field} names
     * the request field in a 422.
     */
    @Transactional
    public Category findOrCreateByName(String name, String field) {
        return slugs.findOrCreate(
                SlugAllocator.Table.CATEGORY,
                name,
                field,
                categories::findByName,
                slug -> {
                    Category category = new Category(slug, name, null, clock.instant());
                    categories.persist(category);
                    return category;
                });
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

    private void requireFreeName(String name, Category self) {
        categories
                .findByName(name)
                .filter(other -> other != self)
                .ifPresent(
                        other -> {
                            throw new ConflictException(
                                    "A category named '"
                                            + name
                                            + "' already exists (slug '"
                                            + other.slug
                                            + "')");
                        });
    }

    private static CategoryResponse toResponse(Category category, long publicPosts) {
        return new CategoryResponse(
                category.slug, category.name, category.description, publicPosts);
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("No category with slug '" + slug + "'");
    }
}
