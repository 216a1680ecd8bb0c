package dev.blogapi.post;

import dev.blogapi.author.AuthorRef;
import dev.blogapi.category.CategoryRef;
import dev.blogapi.tag.TagRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Entity to wire record. */
@ApplicationScoped
class PostMapper {

    private final Permalinks permalinks;

    PostMapper(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    /** The whole post, for a caller who may read it whole. */
    public PostResponse toResponse(Post post, Instant now) {
        return toResponse(post, now, true);
    }

    /**
     * The post as a caller sees it: {@code whole} false leaves the gated part of a gated post out
     * (see {@link Post#publicContentHtml}).
     */
    public PostResponse toResponse(Post post, Instant now, boolean whole) {
        boolean gated = post.gated() && !whole;
        String permalink = permalinks.pathOf(post);
        return new PostResponse(
                post.id,
                post.kind.name(),
                post.guid,
                post.slug,
                post.title,
                statusOf(post, now),
                post.publishedAt,
                post.createdAt,
                post.updatedAt,
                AuthorRef.of(post.author),
                post.authors.isEmpty()
                        ? List.of(AuthorRef.of(post.author))
                        : post.authors.stream().map(AuthorRef::of).toList(),
                post.categories.stream().map(CategoryRef::of).toList(),
                post.tags.stream().map(TagRef::of).toList(),
                gated ? post.publicExcerpt() : post.excerpt,
                gated ? post.publicContentHtml() : post.contentHtml,
                gated ? null : post.contentMarkdown,
                permalink,
                permalinks.urlOf(permalink),
                post.visibility.wireName(),
                gated,
                post.presentation().featuredImage(),
                post.featured,
                post.canonicalUrl,
                post.metaTitle,
                post.metaDescription,
                post.parent != null && post.parent.isPublicAt(now) ? post.parent.slug : null);
    }

    static String statusOf(Post post, Instant now) {
        if (post.status == Post.Status.draft) {
            return "draft";
        }
        return post.isPublicAt(now) ? "published" : "scheduled";
    }
}
