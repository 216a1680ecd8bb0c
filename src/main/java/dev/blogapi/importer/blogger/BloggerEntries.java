package dev.blogapi.importer.blogger;

import dev.blogapi.common.content.Named;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;

/**
 * What a Blogger export (Atom whose entries carry a {@code kind} category) says beyond the feed:
 * which entries are content (posts and pages) and which are comments, settings or the template;
 * drafts ({@code app:draft}); labels, which become tags.
 */
final class BloggerEntries {

    static final String KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
    static final String LABEL_SCHEME = "http://www.blogger.com/atom/ns#";

    private BloggerEntries() {}

    /** Whether the document is a Blogger export: some entry says what kind it is. */
    static boolean isExport(List<Element> entries) {
        return entries.stream().anyMatch(entry -> kindOf(entry).isPresent());
    }

    /** The entry's kind as Blogger names it ({@code post}, {@code page}, {@code comment}…). */
    static Optional<String> kindOf(Element entry) {
        for (Element category : entry.getChildren("category", entry.getNamespace())) {
            if (KIND_SCHEME.equals(category.getAttributeValue("scheme"))) {
                String term = category.getAttributeValue("term", "");
                return Optional.of(term.substring(term.lastIndexOf('#') + 1));
            }
        }
        return Optional.empty();
    }

    /** Why an entry is not imported (a comment, settings, the template), or empty for content. */
    static Optional<ImportReport.Skipped> leftOut(Element entry) {
        String kind = kindOf(entry).orElse("unknown");
        return kind.equals("post") || kind.equals("page")
                ? Optional.empty()
                : Optional.of(
                        new ImportReport.Skipped(
                                kind, 1, "a Blogger " + kind + " entry is not a post or a page"));
    }

    /** A post or page of the export, as the feed mapper read it, with Blogger's own facts. */
    static ImportedPost adapt(ImportedPost mapped, Element entry) {
        String kind = kindOf(entry).orElse("post");
        boolean draft = isDraft(entry);
        return new ImportedPost(
                mapped.guid(),
                mapped.title(),
                mapped.contentHtml(),
                mapped.excerpt(),
                mapped.publishedAt(),
                mapped.author(),
                List.of(),
                mapped.slug(),
                mapped.oldPaths(),
                mapped.legacyPath(),
                mapped.warnings(),
                kind.equals("page") ? Post.Kind.page : Post.Kind.post,
                draft ? Post.Status.draft : Post.Status.published,
                labelsOf(entry).stream().map(Named::of).toList(),
                PostInput.Gating.PUBLIC,
                null,
                null);
    }

    private static boolean isDraft(Element entry) {
        for (Element control : entry.getChildren()) {
            if (control.getName().equals("control")) {
                for (Element draft : control.getChildren()) {
                    if (draft.getName().equals("draft") && draft.getTextTrim().equals("yes")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> labelsOf(Element entry) {
        List<String> labels = new ArrayList<>();
        for (Element category : entry.getChildren("category", entry.getNamespace())) {
            String term = category.getAttributeValue("term", "").strip();
            if (LABEL_SCHEME.equals(category.getAttributeValue("scheme")) && !term.isEmpty()) {
                labels.add(term);
            }
        }
        return labels;
    }
}
