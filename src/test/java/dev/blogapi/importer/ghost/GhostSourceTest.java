package dev.blogapi.importer.ghost;

import static dev.blogapi.importer.SourceFixtures.read;
import static dev.blogapi.importer.SourceFixtures.skippedKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.WarningKind;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Ghost source on its fixture file, without a server or a database. */
class GhostSourceTest {

    private final GhostPosts posts = new GhostPosts(SourceFixtures.renderer(), SourceFixtures.BASE);

    private ImportRun read(JsonNode export) {
        return SourceFixtures.read(
                new GhostSource(export.path("db").path(0).path("data"), posts, "Someone"));
    }

    @Test
    void mapsPostsPagesDraftsAndScheduledPostsWithTagsAndTheFirstAuthor() throws Exception {
        ImportRun run = read(SourceFixtures.json("ghost-5-export.json"));
        Map<String, ImportedPost> bySlug =
                run.accepted().stream().collect(Collectors.toMap(ImportedPost::slug, p -> p));

        ImportedPost chisels = bySlug.get("sharpening-chisels");
        assertEquals("6550a1f0c2b1e80001a1b001", chisels.guid(), "Ghost's id, as its RSS gave");
        assertEquals(List.of("Sharpening", "Tools"), chisels.tagNames(), "in Ghost's order");
        assertEquals("Ada Lindqvist", chisels.authorName());
        assertEquals(
                "ada", chisels.author().slug(), "Ghost's own slug, not one made from the name");
        assertEquals(
                List.of("sharpening", "tools"),
                chisels.tags().stream().map(tag -> tag.slug()).toList());
        assertEquals("/sharpening-chisels/", chisels.legacyPath());
        assertTrue(chisels.contentHtml().contains(SourceFixtures.BASE + "/content/images/"));
        assertEquals(Post.Status.draft, bySlug.get("workbench-notes").status());
        assertNull(bySlug.get("workbench-notes").publishedAt());
        assertEquals(
                Instant.parse("2099-01-01T08:00:00Z"), bySlug.get("future-planes").publishedAt());
        assertEquals(
                "<p>Line one.</p><p>Line two &amp; more.</p>",
                bySlug.get("future-planes").contentHtml());
        assertEquals(Post.Kind.page, bySlug.get("about").kind());
        assertEquals(
                List.of("no title"),
                run.tally().report(null).failed().stream().map(f -> f.reason()).toList());
        assertTrue(skippedKinds(run).contains("internal-tag"));
        assertEquals(
                List.of("bo"),
                chisels.coAuthors().stream().map(author -> author.slug()).toList(),
                "co-authors in Ghost's order, after the first");
        PostInput.Presentation shown = chisels.presentation();
        assertEquals(
                new FeaturedImage(
                        SourceFixtures.BASE + "/content/images/2023/11/bench.jpg",
                        "A bench with chisels",
                        "The bench, <em>before</em>"),
                shown.featuredImage());
        assertTrue(shown.featured());
        assertEquals("https://elsewhere.example/chisels", shown.canonicalUrl());
        assertEquals("Sharpening chisels: a guide", shown.metaTitle());
        assertEquals("Flat backs, keen bevels, in four steps.", shown.metaDescription());
        assertEquals(PostInput.Presentation.NONE, bySlug.get("about").presentation());
    }

    @Test
    void aPublishedPostWithoutADateFollowsTheStoresDatePolicyAndSaysSo() throws Exception {
        JsonNode export =
                new ObjectMapper()
                        .readTree(
                                """
                {"db": [{"data": {"posts": [{"id": "p1", "title": "Undated",
                  "html": "<p>x</p>", "status": "published", "published_at": null}]}}]}""");
        ImportRun run = read(export);
        ImportedPost undated = run.accepted().get(0);
        assertNull(undated.publishedAt(), "the store dates it: now when new, kept when known");
        assertTrue(WarningKind.UNDATED.of(undated.warnings().get(0)));
        assertEquals("Someone", undated.authorName(), "BLOG_DEFAULT_AUTHOR");
    }

    @Test
    void aDraftKeepsItsDateAndAnExcerptFollowsGhostsRule() throws Exception {
        String words = "word ".repeat(200);
        JsonNode export =
                new ObjectMapper()
                        .readTree(
                                """
                {"db": [{"data": {"posts": [
                  {"id": "d", "title": "D", "html": "<p>%s</p>", "status": "draft",
                   "published_at": "2022-05-01T10:00:00.000Z"},
                  {"id": "m", "title": "M", "html": "<p>%s</p>", "status": "published",
                   "visibility": "members", "published_at": "2022-05-01T10:00:00.000Z"}]}}]}"""
                                        .formatted(words, words));
        ImportRun run = read(export);
        ImportedPost draft = run.accepted().get(0);
        assertEquals(Instant.parse("2022-05-01T10:00:00Z"), draft.publishedAt());
        assertEquals(Post.Status.draft, draft.status());
        assertTrue(draft.excerpt().length() <= 500 && draft.excerpt().length() > 490);
        assertNull(run.accepted().get(1).excerpt(), "a gated post's comes from its free part");
    }

    @Test
    void membersAndPaidPostsStayGated() throws Exception {
        JsonNode export =
                new ObjectMapper()
                        .readTree(
                                """
                {"db": [{"data": {"posts": [
                  {"id": "m", "title": "M", "html": "<p>x</p>", "status": "draft", "visibility": "members"},
                  {"id": "t", "title": "T", "html": "<p>x</p>", "status": "draft", "visibility": "tiers"}]}}]}""");
        List<Post.Visibility> visibilities =
                read(export).accepted().stream().map(p -> p.gating().visibility()).toList();
        assertEquals(List.of(Post.Visibility.MEMBERS, Post.Visibility.PAID), visibilities);
    }
}
