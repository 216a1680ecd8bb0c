package dev.blogapi.export;

import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.Category;
import dev.blogapi.category.CategoryRepository;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import dev.blogapi.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes out the whole blog in a stable order, so exporting twice gives the same document. */
@ApplicationScoped
class ExportService {

    private static final int CHUNK = 1000;

    private final PostRepository posts;
    private final AuthorRepository authors;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final dev.blogapi.media.MediaLibrary media;

    ExportService(
            PostRepository posts,
            AuthorRepository authors,
            CategoryRepository categories,
            TagRepository tags,
            dev.blogapi.media.MediaLibrary media) {
        this.tags = tags;
        this.media = media;
        this.posts = posts;
        this.authors = authors;
        this.categories = categories;
    }

    /** Every category by slug, each with its parent's slug. */
    private List<ExportDocument.Category> exportedCategories() {
        List<Category> stored = categories.list("order by slug");
        Map<UUID, String> slugsById = new HashMap<>();
        stored.forEach(c -> slugsById.put(c.id, c.slug));
        return stored.stream()
                .map(
                        c ->
                                new ExportDocument.Category(
                                        c.slug,
                                        c.name,
                                        c.description,
                                        c.createdAt,
                                        slugsById.get(c.parentId)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExportDocument export() {
        Map<UUID, List<String>> aliases = posts.aliasesByPost();
        List<ExportDocument.Author> allAuthors =
                authors.list("order by slug").stream()
                        .map(a -> new ExportDocument.Author(a.slug, a.name, a.createdAt))
                        .toList();
        List<ExportDocument.Category> allCategories = exportedCategories();
        List<ExportDocument.Tag> allTags =
                tags.list("order by slug").stream()
                        .map(t -> new ExportDocument.Tag(t.slug, t.name, t.createdAt))
                        .toList();
        List<UUID> ids =
                posts.getEntityManager()
                        .createQuery(
                                "select p.id from Post p order by p.createdAt, p.id", UUID.class)
                        .getResultList();
        List<Post> loaded = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            loaded.addAll(posts.loadInOrder(ids.subList(from, Math.min(from + CHUNK, ids.size()))));
        }
        List<ExportDocument.Post> allPosts =
                loaded.stream()
                        .map(
                                p ->
                                        new ExportDocument.Post(
                                                p.id,
                                                p.kind.name(),
                                                p.guid,
                                                p.slug,
                                                p.title,
                                                p.status.name(),
                                                p.publishedAt,
                                                p.createdAt,
                                                p.updatedAt,
                                                p.author.slug,
                                                p.categories.stream().map(c -> c.slug).toList(),
                                                p.tags.stream().map(t -> t.slug).toList(),
                                                p.excerpt,
                                                p.excerptDerived,
                                                p.contentHtml,
                                                p.contentMarkdown,
                                                p.legacyPath,
                                                aliases.getOrDefault(p.id, List.of()),
                                                p.visibility.wireName(),
                                                p.passwordHash,
                                                p.presentation().featuredImage(),
                                                p.featured,
                                                p.canonicalUrl,
                                                p.metaTitle,
                                                p.metaDescription,
                                                p.parent == null ? null : p.parent.guid,
                                                p.authors.stream().map(a -> a.slug).toList()))
                        .toList();
        return new ExportDocument(
                ExportDocument.FORMAT,
                ExportDocument.VERSION,
                allAuthors,
                allCategories,
                allTags,
                allPosts,
                media.all().stream().map(ExportDocument.Media::of).toList());
    }
}
