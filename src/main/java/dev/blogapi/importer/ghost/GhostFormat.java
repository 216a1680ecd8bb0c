package dev.blogapi.importer.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.importer.ImportDocument;
import dev.blogapi.importer.ImportFormat;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportPipeline;
import dev.blogapi.importer.ImportReport;
import jakarta.inject.Singleton;

/** A Ghost export, Ghost 3 to 5: {@code {"db": [{"meta", "data"}]}}. */
@Singleton
class GhostFormat implements ImportFormat {

    private final GhostPosts posts;
    private final ImportPipeline pipeline;
    private final String defaultAuthor;

    GhostFormat(ContentRenderer renderer, BlogConfig config, ImportPipeline pipeline) {
        this.posts = new GhostPosts(renderer, config.baseUrl());
        this.pipeline = pipeline;
        this.defaultAuthor = config.defaultAuthor();
    }

    @Override
    public String name() {
        return "ghost";
    }

    @Override
    public boolean reads(ImportDocument document) {
        return document instanceof ImportDocument.Json json && json.tree().path("db").isArray();
    }

    @Override
    public ImportReport importDocument(ImportDocument document, ImportOptions options) {
        JsonNode data = ((ImportDocument.Json) document).tree().path("db").path(0).path("data");
        if (!data.path("posts").isArray()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "This is not a Ghost export: db[0].data.posts is missing");
        }
        return pipeline.run(new GhostSource(data, posts, defaultAuthor), options);
    }
}
