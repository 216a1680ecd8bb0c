package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.author.Author;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.author.AuthorService;
import dev.blogapi.category.CategoryService;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.db.AdvisoryLocks;
import dev.blogapi.common.db.Timestamps;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.ForbiddenException;
import dev.blogapi.common.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules that turn a writer's {@link PostRequest} into a stored post. */
@ApplicationScoped
public class PostContent {

    private final PostRepository posts;
    private final AuthorService authorService;
    private final AuthorRepository authors;
    private final CategoryService categories;
    private final ContentRenderer renderer;
    private final AdvisoryLocks locks;
    private final String defaultAuthor;

    public PostContent(
            PostRepository posts,
            AuthorService authorService,
            AuthorRepository authors,
            CategoryService categories,
            ContentRenderer renderer,
            AdvisoryLocks locks,
            BlogConfig config) {
        this.locks = locks;
        this.posts = posts;
        this.authorService = authorService;
        this.authors = authors;
        this.categories = categories;
        this.renderer = renderer;
        this.defaultAuthor = config.defaultAuthor();
    }

    /** Admins edit every post, author tokens only their own. */
    public void requireOwner(Post post, Caller caller) {
        if (!caller.isAdmin() && !Objects.equals(post.author.id, caller.authorId())) {
            throw new ForbiddenException("An author token may change only its own author's posts");
        }
    }

    /**
     * Applies a create or a full replace; what {@link PostRequest} says an omission means is
     * decided here.
     */
    void apply(Post post, PostRequest request, Caller caller, Instant now) {
        boolean creating = post.slug == null;
        String oldSlug = post.slug;
        Instant oldPublishedAt = post.publishedAt;
        post.title = request.title().strip();
        post.slug = slugFor(post, request.slug());
        post.guid = guidFor(post, request.guid());
        post.author = authorFor(post, request.author(), caller);
        applyStatus(post, request, now);
        applyBody(post, request);
        post.categories =
                new ArrayList<>(
                        categories.resolveSlugs(
                                request.categories() == null ? List.of() : request.categories(),
                                "categories"));
        post.updatedAt = now;
        // A kept old path only describes the post while its slug and date are the ones it came
        // with.
        if (post.legacyPath != null
                && (!post.slug.equals(oldSlug)
                        || !Objects.equals(post.publishedAt, oldPublishedAt))) {
            post.legacyPath = null;
        }
        if (creating) {
            post.createdAt = now;
        }
    }

    /** The post as a writer would send it: the base a merge patch applies to. */
    PostRequest asRequest(Post post) {
        return new PostRequest(
                post.title,
                post.slug,
                post.excerptDerived ? null : post.excerpt,
                post.status.name(),
                post.publishedAt == null ? null : post.publishedAt.atOffset(ZoneOffset.UTC),
                post.author.name,
                post.categories.stream().map(c -> c.slug).toList(),
                post.guid,
                post.contentMarkdown,
                post.contentMarkdown == null ? post.contentHtml : null);
    }

    private String slugFor(Post post, String requested) {
        if (requested == null) {
            if (post.slug != null) {
                return post.slug;
            }
            String base = Slugs.from(post.title, "post");
            locks.lockForTransaction(PostRepository.SLUG_LOCK, base);
            return Slugs.unique(base, posts::slugTaken);
        }
        if (!requested.equals(post.slug) && posts.slugTaken(requested)) {
            throw new ConflictException(
                    "The slug '" + requested + "' is already used by another post");
        }
        return requested;
    }

    private String guidFor(Post post, String requested) {
        if (requested == null) {
            return post.guid != null ? post.guid : "urn:uuid:" + post.id;
        }
        String guid = requested.strip();
        if (!guid.equals(post.guid) && posts.guidTaken(guid)) {
            throw new ConflictException("The guid '" + guid + "' is already used by another post");
        }
        return guid;
    }

    private Author authorFor(Post post, String requestedName, Caller caller) {
        if (requestedName == null) {
            if (post.author != null) {
                return post.author;
            }
            if (caller.authorId() != null) {
                return authors.findById(caller.authorId());
            }
            return authorService.findOrCreate(defaultAuthor, "author");
        }
        if (!caller.isAdmin()) {
            Author own = authors.findById(caller.authorId());
            if (!own.name.equals(requestedName.strip())) {
                throw new ForbiddenException("An author token writes only as '" + own.name + "'");
            }
            return own;
        }
        return authorService.findOrCreate(requestedName, "author");
    }

    private void applyStatus(Post post, PostRequest request, Instant now) {
        Post.Status status =
                request.status() == null
                        ? Post.Status.draft
                        : Post.Status.valueOf(request.status());
        if (status == Post.Status.draft && request.publishedAt() != null) {
            throw new InvalidRequestException(
                    "publishedAt",
                    "must be empty for a draft; send status 'published' with a future date to schedule a post");
        }
        post.status = status;
        if (status == Post.Status.draft) {
            post.publishedAt = null;
        } else if (request.publishedAt() != null) {
            post.publishedAt = Timestamps.stored(request.publishedAt().toInstant());
        } else if (post.publishedAt == null) {
            post.publishedAt = now;
        }
    }

    private void applyBody(Post post, PostRequest request) {
        if (request.contentMarkdown() != null && request.contentHtml() != null) {
            throw new InvalidRequestException(
                    "contentHtml", "give contentMarkdown or contentHtml, not both");
        }
        if (request.contentMarkdown() != null) {
            post.contentMarkdown = request.contentMarkdown();
            post.contentHtml = renderer.markdownToHtml(request.contentMarkdown());
        } else {
            post.contentMarkdown = null;
            post.contentHtml =
                    request.contentHtml() == null ? "" : renderer.sanitize(request.contentHtml());
        }
        String excerpt = request.excerpt() == null ? null : request.excerpt().strip();
        post.excerptDerived = excerpt == null || excerpt.isEmpty();
        post.excerpt = post.excerptDerived ? renderer.excerptOf(post.contentHtml) : excerpt;
    }
}
