package dev.blogapi.importer.blogger;

import static dev.blogapi.importer.SourceFixtures.read;
import static dev.blogapi.importer.SourceFixtures.skippedKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.SourceFixtures;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.post.Post;
import org.junit.jupiter.api.Test;

/** The Blogger source on its fixture file, without a server or a database. */
class BloggerSourceTest {

    private final FeedItemMapper mapper =
            new FeedItemMapper(SourceFixtures.renderer(), SourceFixtures.BASE, "Someone");

    @Test
    void keepsPostsAndPagesWithLabelsAsTagsAndLeavesTheRestOut() throws Exception {
        FeedDocuments.FeedDocument document = SourceFixtures.xml("blogger-export.xml");
        assertTrue(BloggerSource.reads(document));
        ImportRun run = read(new BloggerSource(document, mapper));

        assertEquals(3, run.accepted().size(), "two posts and a page");
        assertTrue(
                run.accepted().stream().allMatch(post -> post.tags() != null),
                "labels become tags");
        assertTrue(run.accepted().stream().anyMatch(post -> post.kind() == Post.Kind.page));
        assertTrue(
                run.accepted().stream()
                        .map(ImportedPost::status)
                        .anyMatch(status -> status == Post.Status.draft),
                "app:draft entries are drafts");
        assertFalse(skippedKinds(run).isEmpty(), "settings, template and comments skipped");
    }

    @Test
    void aPlainAtomFeedIsNotABloggerBackup() {
        assertFalse(
                BloggerSource.reads(
                        SourceFixtures.xmlText(
                                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                                        + "<id>urn:x</id><entry><id>urn:e</id><title>e</title>"
                                        + "</entry></feed>")));
    }
}
