package dev.blogapi.post;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post as a writer sends it, for create (POST), replace (PUT) and, after merging, PATCH. */
@Schema(
        name = "PostInput",
        description =
                """
        A post to create or replace. Give at most one of contentMarkdown and contentHtml.
        On replace (PUT), an omitted slug, guid, author or publishedAt keeps the post's current value;
        every other omitted field takes its default.""")
record PostRequest(
        @Schema(
                        required = true,
                        minLength = 1,
                        maxLength = FieldLimits.TITLE,
                        examples = "Software for Python presentations")
                @NotBlank
                @Size(max = FieldLimits.TITLE)
                String title,
        @Schema(
                        description =
                                "Derived from the title when not given; a slug another post has is a 409",
                        pattern = Slugs.DOCUMENTED_PATTERN,
                        maxLength = FieldLimits.POST_SLUG,
                        examples = "software-for-python-presentations")
                @Size(max = FieldLimits.POST_SLUG)
                @Pattern(
                        regexp = Slugs.PATTERN,
                        message = "must be lowercase letters, digits and single hyphens")
                String slug,
        @Schema(
                        description = "Plain text; derived from the content when not given",
                        maxLength = FieldLimits.EXCERPT)
                @Size(max = FieldLimits.EXCERPT)
                String excerpt,
        @Schema(
                        enumeration = {"draft", "published"},
                        defaultValue = "draft",
                        description =
                                "published with a future publishedAt makes the post scheduled")
                @Pattern(regexp = "draft|published", message = "must be draft or published")
                String status,
        @Schema(
                        description =
                                "RFC 3339; defaults to now when published; must be empty for a draft",
                        examples = "2007-06-30T12:16:04Z")
                OffsetDateTime publishedAt,
        @Schema(
                        description =
                                "The author's name, created when new; defaults to the token's author",
                        maxLength = FieldLimits.NAME,
                        examples = "Ada Lindqvist")
                @Size(min = 1, max = FieldLimits.NAME)
                String author,
        @Schema(
                        description =
                                "Everyone who wrote it, by name, in order: the first is the"
                                        + " author (when author is given too it must be the same),"
                                        + " the others co-wrote it. Only an admin token names"
                                        + " co-authors (created when new). Omitted: the post keeps"
                                        + " its co-authors (none for a new post)",
                        maxItems = FieldLimits.AUTHORS_PER_POST,
                        examples = "[\"Ada Lindqvist\", \"Bo Berg\"]")
                @Size(min = 1, max = FieldLimits.AUTHORS_PER_POST)
                List<@NotBlank @Size(max = FieldLimits.NAME) String> authors,
        @Schema(
                        description = "Slugs of existing categories, in display order",
                        maxItems = FieldLimits.CATEGORIES_PER_POST)
                @Size(max = FieldLimits.CATEGORIES_PER_POST)
                List<@NotBlank @Size(max = FieldLimits.NAME_SLUG) String> categories,
        @Schema(
                        description =
                                "Tag names in display order; a tag is created on first use, and a"
                                        + " name matches an existing tag case aside",
                        maxItems = FieldLimits.TAGS_PER_POST,
                        examples = "[\"Python\", \"Presentations\"]")
                @Size(max = FieldLimits.TAGS_PER_POST)
                List<@NotBlank @Size(max = FieldLimits.NAME) String> tags,
        @Schema(
                        description = "Stable feed identity; defaults to urn:uuid:<id>",
                        maxLength = FieldLimits.GUID,
                        examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22")
                @Size(min = 1, max = FieldLimits.GUID)
                String guid,
        @Schema(
                        description = "Markdown source, rendered to sanitised HTML",
                        maxLength = FieldLimits.CONTENT)
                @Size(max = FieldLimits.CONTENT)
                String contentMarkdown,
        @Schema(description = "HTML body, sanitised on the way in", maxLength = FieldLimits.CONTENT)
                @Size(max = FieldLimits.CONTENT)
                String contentHtml,
        @Schema(
                        enumeration = {"public", "members", "paid", "password"},
                        description =
                                """
                                Who may read the body: public, members (readers with a token), paid                                 (likewise; a front end's server tells its tiers apart), password                                 (also whoever sends the password). Anonymous readers of a gated post                                 get the part before a <!--members-only--> line in the body. Omitted:                                 the current visibility stays (public for a new post).""")
                @Pattern(
                        regexp = "public|members|paid|password",
                        message = "must be public, members, paid or password")
                String visibility,
        @Schema(
                        writeOnly = true,
                        minLength = 1,
                        maxLength = 200,
                        description =
                                """
                                The password of a post with visibility password; stored only as a                                 salted hash and never answered. Omitted: the current password stays.""")
                @Size(min = 1, max = 200)
                String password,
        @Schema(
                        nullable = true,
                        description =
                                "The image shown with the post; omitted or null: none (on PATCH, null removes it)")
                @Valid
                FeaturedImage featuredImage,
        @Schema(
                        nullable = true,
                        description =
                                "Pages only: the slug of the page this one sits under; omitted or"
                                        + " null: none",
                        examples = "about")
                String parent,
        @Schema(
                        description =
                                "Shown first or apart by front ends (WordPress sticky, Ghost featured); default false",
                        defaultValue = "false")
                Boolean featured,
        @Schema(
                        nullable = true,
                        maxLength = FieldLimits.PATH,
                        description =
                                "Where the post first appeared, for search engines' rel=canonical",
                        examples = "https://elsewhere.example/original")
                @Size(max = FieldLimits.PATH)
                String canonicalUrl,
        @Schema(
                        nullable = true,
                        maxLength = FieldLimits.TITLE,
                        description = "The title for search engines, when not the post's own")
                @Size(max = FieldLimits.TITLE)
                String metaTitle,
        @Schema(
                        nullable = true,
                        maxLength = FieldLimits.EXCERPT,
                        description = "The description for search engines")
                @Size(max = FieldLimits.EXCERPT)
                String metaDescription) {}
