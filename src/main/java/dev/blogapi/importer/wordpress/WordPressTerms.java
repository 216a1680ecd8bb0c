package dev.blogapi.importer.wordpress;

import dev.blogapi.common.content.Named;
import dev.blogapi.importer.ImportRun;
import java.util.HashMap;
import java.util.Map;
import org.jdom2.Element;

/**
 * The categories and tags a WordPress export lists on its own ({@code wp:category}, {@code wp:tag},
 * and WXR 1.2's {@code wp:term} for either), whether or not a post uses them: each known by its
 * slug, with its category parent (by the parent's slug) and description.
 */
final class WordPressTerms {

    private WordPressTerms() {}

    static void declareAll(Element root, ImportRun run) {
        Element channel = root.getChild("channel");
        if (channel == null) {
            return;
        }
        Map<String, String> categoryNames = new HashMap<>();
        for (Element term : channel.getChildren()) {
            if (WordPressItems.isWp(term.getNamespace()) && term.getName().equals("category")) {
                categoryNames.put(
                        WordPressItems.wp(term, "category_nicename"),
                        WordPressItems.unescaped(WordPressItems.wp(term, "cat_name")));
            }
        }
        for (Element term : channel.getChildren()) {
            if (!WordPressItems.isWp(term.getNamespace())) {
                continue;
            }
            switch (term.getName()) {
                case "category" ->
                        declareCategory(
                                run,
                                WordPressItems.wp(term, "cat_name"),
                                WordPressItems.wp(term, "category_nicename"),
                                WordPressItems.wp(term, "category_description"),
                                WordPressItems.wp(term, "category_parent"),
                                categoryNames);
                case "tag" ->
                        declareTag(
                                run,
                                WordPressItems.wp(term, "tag_name"),
                                WordPressItems.wp(term, "tag_slug"));
                case "term" -> declareTerm(run, term, categoryNames);
                default -> {
                    // authors and the rest are read elsewhere
                }
            }
        }
    }

    /** WXR 1.2's generic term: a category or tag when its taxonomy says so. */
    private static void declareTerm(ImportRun run, Element term, Map<String, String> categories) {
        String taxonomy = WordPressItems.wp(term, "term_taxonomy");
        if ("category".equals(taxonomy)) {
            declareCategory(
                    run,
                    WordPressItems.wp(term, "term_name"),
                    WordPressItems.wp(term, "term_slug"),
                    WordPressItems.wp(term, "term_description"),
                    WordPressItems.wp(term, "term_parent"),
                    categories);
        } else if ("post_tag".equals(taxonomy)) {
            declareTag(
                    run,
                    WordPressItems.wp(term, "term_name"),
                    WordPressItems.wp(term, "term_slug"));
        }
    }

    private static void declareCategory(
            ImportRun run,
            String name,
            String slug,
            String description,
            String parentSlug,
            Map<String, String> categoryNames) {
        if (name == null || slug == null) {
            return;
        }
        Named parent =
                parentSlug == null || !categoryNames.containsKey(parentSlug)
                        ? null
                        : Named.withSlug(categoryNames.get(parentSlug), parentSlug);
        run.declareCategory(
                new ImportRun.DeclaredCategory(
                        Named.withSlug(WordPressItems.unescaped(name), slug),
                        WordPressItems.unescaped(description),
                        parent));
    }

    private static void declareTag(ImportRun run, String name, String slug) {
        if (name != null && slug != null) {
            run.declareTag(Named.withSlug(WordPressItems.unescaped(name), slug));
        }
    }
}
