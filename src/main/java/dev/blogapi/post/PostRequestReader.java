package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.author.AuthorService;
import dev.blogapi.category.CategoryService;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.PermissionDeniedException;
import dev.blogapi.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Reads a writer's {@link PostRequest} into a {@link PostInput}: what an omission means, whose name
 * a token may write under, which categories the slugs name, which tags the names mean, and Markdown
 * or HTML made safe.
 */
@ApplicationScoped
class PostRequestReader {

    private final AuthorService authorService;
    private final AuthorRepository authors;
    private final CategoryService categories;
    private final TagService tags;
    private final ContentRenderer renderer;
    private final PostRepository posts;
    private final String defaultAuthor;

    PostRequestReader(
            AuthorService authorService,
            AuthorRepository authors,
            CategoryService categories,
            TagService tags,
            ContentRenderer renderer,
            PostRepository posts,
            BlogConfig config) {
        this.posts = posts;
        this.authorService = authorService;
        this.authors = authors;
        this.categories = categories;
        this.tags = tags;
        this.renderer = renderer;
        this.defaultAuthor = config.defaultAuthor();
    }

    /** Admins edit every post, author tokens only their own: the one ownership rule. */
    void requireOwner(Post post, Caller caller) {
        if (!caller.isAdmin() && !Objects.equals(post.author.id, caller.authorId())) {
            throw new PermissionDeniedException(
                    "An author token may change only its own author's posts");
        }
    }

    /**
     * A create ({@code current} null) or a full replace of {@code current}, a post or a page
     * ({@code kind}); a page is filed under no category and carries no tags.
     */
    PostInput read(Post.Kind kind, Post current, PostRequest request, Caller caller) {
        kind.requireLabelsAllowed(sizeOf(request.categories()), sizeOf(request.tags()));
        Post.Status status =
                request.status() == null
                        ? Post.Status.draft
                        : Post.Status.valueOf(request.status());
        if (status == Post.Status.draft && request.publishedAt() != null) {
            throw new InvalidRequestException(
                    "publishedAt",
                    "must be empty for a draft; send status 'published' with a future date to schedule a post");
        }
        if (request.contentMarkdown() != null && request.contentHtml() != null) {
            throw new InvalidRequestException(
                    "contentHtml", "give contentMarkdown or contentHtml, not both");
        }
        String title = request.title().strip();
        String excerpt = request.excerpt() == null ? "" : request.excerpt().strip();
        return new PostInput(
                null,
                request.guid() == null ? null : request.guid().strip(),
                title,
                request.slug() != null
                        ? PostInput.SlugChoice.exact(request.slug())
                        : PostInput.SlugChoice.keepOrNew(Slugs.from(title, "post")),
                status,
                request.publishedAt() == null ? null : request.publishedAt().toInstant(),
                authorFor(current, primaryName(request), caller),
                categories.resolveSlugs(
                        request.categories() == null ? List.of() : request.categories(),
                        "categories"),
                tags.findOrCreate(request.tags() == null ? List.of() : request.tags(), "tags"),
                request.contentMarkdown() != null
                        ? renderer.markdownToHtml(request.contentMarkdown())
                        : request.contentHtml() == null
                                ? ""
                                : renderer.sanitize(request.contentHtml()),
                request.contentMarkdown(),
                excerpt.isEmpty() ? null : excerpt,
                PostInput.LegacyPath.KEEP,
                null,
                null,
                List.of(),
                kind,
                gatingOf(request),
                new PostInput.Presentation(
                        request.featuredImage(),
                        Boolean.TRUE.equals(request.featured()),
                        blankToNull(request.canonicalUrl()),
                        blankToNull(request.metaTitle()),
                        blankToNull(request.metaDescription())),
                parentOf(kind, request.parent()),
                coAuthorsOf(current, request, caller));
    }

    /** The author's name: {@code author}, else the first of {@code authors}; both must agree. */
    private static String primaryName(PostRequest request) {
        if (request.authors() == null) {
            return request.author();
        }
        String first = request.authors().get(0).strip();
        if (request.author() != null && !request.author().strip().equals(first)) {
            throw new InvalidRequestException(
                    "authors", "the first is the post's author, and author names someone else");
        }
        return first;
    }

    /**
     * Who wrote the post with its author: null (omitted) keeps the post's own. Naming them is an
     * admin's: an author token sends them only as they are.
     */
    private List<Author> coAuthorsOf(Post current, PostRequest request, Caller caller) {
        if (request.authors() == null) {
            return null;
        }
        List<String> names = request.authors().subList(1, request.authors().size());
        List<String> now =
                current == null || current.authors.size() < 2
                        ? List.of()
                        : current.authors.subList(1, current.authors.size()).stream()
                                .map(author -> author.name)
                                .toList();
        if (!caller.isAdmin() && !names.stream().map(String::strip).toList().equals(now)) {
            throw new PermissionDeniedException("Only an admin token names a post's co-authors");
        }
        return names.stream().map(name -> authorService.findOrCreate(name, "authors")).toList();
    }

    /** The page a page's request names as its parent; a post has none. */
    private PostInput.Parent parentOf(Post.Kind kind, String slug) {
        if (slug == null || slug.isBlank()) {
            return PostInput.Parent.NONE;
        }
        if (kind != Post.Kind.page) {
            throw new InvalidRequestException("parent", "only a page sits under another page");
        }
        return new PostInput.Parent(
                posts.findBySlug(slug.strip())
                        .filter(page -> page.kind == Post.Kind.page)
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "parent", "no page with slug '" + slug + "'")));
    }

    private static int sizeOf(List<String> labels) {
        return labels == null ? 0 : labels.size();
    }

    /** Left out: the stored visibility stays; a password alone applies to a password post. */
    private static PostInput.Gating gatingOf(PostRequest request) {
        if (request.visibility() == null) {
            if (request.password() != null) {
                throw new InvalidRequestException(
                        "password", "applies only with visibility 'password'");
            }
            return null;
        }
        Post.Visibility visibility = Post.Visibility.ofWireName(request.visibility());
        if (visibility != Post.Visibility.PASSWORD && request.password() != null) {
            throw new InvalidRequestException(
                    "password", "applies only with visibility 'password'");
        }
        return visibility == Post.Visibility.PASSWORD
                ? PostInput.Gating.password(request.password())
                : PostInput.Gating.of(visibility);
    }

    /** The post as a writer would send it: the base a merge patch applies to. */
    PostRequest asRequest(Post post) {
        return new PostRequest(
                post.title,
                post.slug,
                post.excerptDerived ? null : post.excerpt,
                post.status.name(),
                // A draft's date is the store's to keep; a writer sends none for a draft.
                post.publishedAt == null || post.status == Post.Status.draft
                        ? null
                        : post.publishedAt.atOffset(ZoneOffset.UTC),
                post.author.name,
                // Only a co-written post sends its authors, so patching author alone still works.
                post.authors.size() > 1
                        ? post.authors.stream().map(author -> author.name).toList()
                        : null,
                post.categories.stream().map(c -> c.slug).toList(),
                post.tags.stream().map(tag -> tag.name).toList(),
                post.guid,
                post.contentMarkdown,
                post.contentMarkdown == null ? post.contentHtml : null,
                post.visibility.wireName(),
                null,
                post.presentation().featuredImage(),
                post.parent == null ? null : post.parent.slug,
                post.featured,
                post.canonicalUrl,
                post.metaTitle,
                post.metaDescription);
    }

    private Author authorFor(Post current, String requestedName, Caller caller) {
        if (requestedName == null) {
            if (current != null) {
                return current.author;
            }
            if (caller.authorId() != null) {
                return authors.findById(caller.authorId());
            }
            return authorService.findOrCreate(defaultAuthor, "author");
        }
        if (!caller.isAdmin()) {
            Author own = authors.findById(caller.authorId());
            if (!own.name.equals(requestedName.strip())) {
                throw new PermissionDeniedException(
                        "An author token writes only as '" + own.name + "'");
            }
            return own;
        }
        return authorService.findOrCreate(requestedName, "author");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
