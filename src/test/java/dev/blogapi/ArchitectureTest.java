package dev.blogapi;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.blogapi");

    private static final List<String> FEATURES =
            List.of(
                    "auth",
                    "author",
                    "category",
                    "tag",
                    "post",
                    "feed",
                    "sitemap",
                    "media",
                    "importer",
                    "export");

    /** Which features each feature may use; every feature may use common. */
    private static final Map<String, Set<String>> ALLOWED =
            Map.of(
                    "author", Set.of(),
                    "auth", Set.of("author"),
                    "category", Set.of("auth"),
                    "tag", Set.of("auth"),
                    "post", Set.of("auth", "author", "category", "tag"),
                    "feed", Set.of("post", "author", "category", "tag"),
                    "sitemap", Set.of("post"),
                    "media", Set.of("auth"),
                    "importer", Set.of("post", "author", "category", "tag", "auth", "media"),
                    "export",
                            Set.of(
                                    "importer",
                                    "post",
                                    "author",
                                    "category",
                                    "tag",
                                    "auth",
                                    "media"));

    /** The import pipeline's sources: each in its own package, none using another. */
    private static final List<String> SOURCES = List.of("feed", "wordpress", "blogger", "ghost");

    @Test
    void featuresUseOnlyTheFeaturesBelowThem() {
        ALLOWED.forEach(
                (feature, allowed) -> {
                    String[] forbidden =
                            FEATURES.stream()
                                    .filter(other -> !other.equals(feature))
                                    .filter(other -> !allowed.contains(other))
                                    .map(other -> "dev.blogapi." + other + "..")
                                    .toArray(String[]::new);
                    noClasses()
                            .that()
                            .resideInAPackage("dev.blogapi." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden)
                            .check(MAIN);
                });
    }

    @Test
    void importSourcesUseThePipelineAndNeverEachOther() {
        for (String source : SOURCES) {
            noClasses()
                    .that()
                    .resideInAPackage("dev.blogapi.importer." + source + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            SOURCES.stream()
                                    .filter(other -> !other.equals(source))
                                    .map(other -> "dev.blogapi.importer." + other + "..")
                                    .toArray(String[]::new))
                    .check(MAIN);
        }
        // The pipeline and the feed reading the XML sources share know no source: a new engine
        // is a new package.
        noClasses()
                .that()
                .resideInAnyPackage("dev.blogapi.importer", "dev.blogapi.importer.syndication")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        SOURCES.stream()
                                .map(source -> "dev.blogapi.importer." + source + "..")
                                .toArray(String[]::new))
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("dev.blogapi.importer")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.blogapi.importer.syndication..")
                .check(MAIN);
    }

    @Test
    void sharedCodeUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.blogapi.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        Stream.concat(Stream.of("dev.blogapi"), FEATURES.stream())
                                .map(p -> p.equals("dev.blogapi") ? p : "dev.blogapi." + p + "..")
                                .toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.blogapi.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("dev.blogapi.common.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyThePostPackageWritesPosts() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.blogapi.post..")
                .should()
                .setFieldWhere(target(declaredIn(Post.class)))
                .orShould()
                .callMethodWhere(
                        target(declaredIn(PostRepository.class))
                                .and(
                                        target(
                                                nameMatching(
                                                        "persist.*|delete.*|update.*|flush|addAlias.*"))))
                .check(MAIN);
    }
}
