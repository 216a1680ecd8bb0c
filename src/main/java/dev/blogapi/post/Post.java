package dev.blogapi.post;

import dev.blogapi.author.Author;
import dev.blogapi.category.Category;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.tag.Tag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A blog post as stored; the wire shape is {@link PostResponse}. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    /** What a writer chose; "scheduled" is derived from {@link #publishedAt}. */
    public enum Status {
        draft,
        published
    }

    /**
     * A post belongs in lists, archives and feeds; a page (About, Contact) stands alone and is
     * found by its own path.
     */
    public enum Kind {
        post,
        page;

        /** The collection's name in addresses and messages: posts, pages. */
        public String plural() {
            return name() + "s";
        }

        /**
         * Posts are listed newest first and appear in archives and feeds; pages are listed by title
         * and stand outside time.
         */
        public boolean listedByPublication() {
            return this == post;
        }

        /**
         * A page stands alone: filed under no category, carrying no tags, whoever writes it. The
         * store holds every writer to this; the API asks it before resolving any label.
         */
        public void requireLabelsAllowed(int categories, int tags) {
            if (this != page) {
                return;
            }
            if (categories > 0) {
                throw new InvalidRequestException(
                        "categories", "a page is filed under no category; leave it out");
            }
            if (tags > 0) {
                throw new InvalidRequestException("tags", "a page carries no tags; leave it out");
            }
        }
    }

    /**
     * Who may read a post's body: anyone, or (gated) readers with a token, while anonymous readers
     * get its metadata and free part. Stored in lower case, as Ghost names them.
     */
    public enum Visibility {
        PUBLIC,
        MEMBERS,
        PAID,
        PASSWORD;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Visibility ofWireName(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Id public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.post;

    @Column(nullable = false, unique = true)
    public String guid;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public Author author;

    /**
     * Everyone who wrote it, in order: the first is {@link #author}, the others co-wrote it
     * (Ghost's co-authors). Loaded for a whole list or feed at once, as tags are.
     */
    @ManyToMany
    @BatchSize(size = 100)
    @JoinTable(
            name = "post_author",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    /**
     * A new post's author is the first of its authors whoever stores it (the store sets both; a
     * post persisted another way still gets its authorship row, which lists and counts walk).
     */
    @PrePersist
    void authorFirst() {
        if (author != null && (authors.isEmpty() || authors.get(0) != author)) {
            List<Author> all = new ArrayList<>(List.of(author));
            authors.stream().filter(other -> other != author).forEach(all::add);
            authors = all;
        }
    }

    /** The page this page sits under (WordPress's page hierarchy); null for posts and top pages. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Post parent;

    @ManyToMany
    @JoinTable(
            name = "post_category",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @OrderColumn(name = "position")
    public List<Category> categories = new ArrayList<>();

    // Loaded for a whole list or feed at once (up to 100 posts a statement), not post by post.
    @ManyToMany
    @BatchSize(size = 100)
    @JoinTable(
            name = "post_tag",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();

    @Column(nullable = false)
    public String excerpt;

    @Column(name = "excerpt_derived", nullable = false)
    public boolean excerptDerived;

    @Column(name = "content_html", nullable = false)
    public String contentHtml;

    @Column(name = "content_markdown")
    public String contentMarkdown;

    @Convert(converter = VisibilityColumn.class)
    @Column(nullable = false)
    public Visibility visibility = Visibility.PUBLIC;

    /** The body before the members-only marker, which anyone may read; null when there is none. */
    @Column(name = "free_html")
    public String freeHtml;

    /** PBKDF2 hash of the password a {@link Visibility#PASSWORD} post is unlocked with. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** The old blog's path this post keeps as its permalink; null for posts written here. */
    @Column(name = "legacy_path")
    public String legacyPath;

    @Column(name = "featured_image_url")
    public String featuredImageUrl;

    @Column(name = "featured_image_alt")
    public String featuredImageAlt;

    @Column(name = "featured_image_caption")
    public String featuredImageCaption;

    /** Shown first or apart by front ends: WordPress's sticky posts, Ghost's featured ones. */
    @Column(nullable = false)
    public boolean featured;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "meta_title")
    public String metaTitle;

    @Column(name = "meta_description")
    public String metaDescription;

    /**
     * The old blog an import brought this post from (see V18); null for posts written here. Not
     * part of the post's content: writes through the API leave it as it is.
     */
    @Column(name = "import_source")
    public String importSource;

    @Version public long version;

    public Post() {
        this.id = UUID.randomUUID();
    }

    /** What a front end shows around the body, as it is stored. */
    public PostInput.Presentation presentation() {
        return new PostInput.Presentation(
                featuredImageUrl == null
                        ? null
                        : new FeaturedImage(
                                featuredImageUrl, featuredImageAlt, featuredImageCaption),
                featured,
                canonicalUrl,
                metaTitle,
                metaDescription);
    }

    void present(PostInput.Presentation presentation) {
        FeaturedImage image = presentation.featuredImage();
        featuredImageUrl = image == null ? null : image.url();
        featuredImageAlt = image == null ? null : image.alt();
        featuredImageCaption = image == null ? null : image.caption();
        featured = presentation.featured();
        canonicalUrl = presentation.canonicalUrl();
        metaTitle = presentation.metaTitle();
        metaDescription = presentation.metaDescription();
    }

    public boolean gated() {
        return visibility != Visibility.PUBLIC;
    }

    /**
     * The body anyone may read: all of a public post; the free part of a members or paid post
     * (nothing without a marker); nothing of a password-protected one.
     */
    public String publicContentHtml() {
        return switch (visibility) {
            case PUBLIC -> contentHtml;
            case PASSWORD -> "";
            case MEMBERS, PAID -> freeHtml == null ? "" : freeHtml;
        };
    }

    /** The excerpt anyone may read: a password-protected post shows none, as WordPress does. */
    public String publicExcerpt() {
        return visibility == Visibility.PASSWORD ? "" : excerpt;
    }

    /** Public means published with a publication time that has passed. */
    public boolean isPublicAt(Instant now) {
        return status == Status.published && publishedAt != null && !publishedAt.isAfter(now);
    }
}
