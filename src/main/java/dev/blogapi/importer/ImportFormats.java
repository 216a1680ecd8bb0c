package dev.blogapi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/**
 * Tells a document's format from its content: every {@link ImportFormat} bean is asked, the
 * specific ones first and the fallback of the syntax last.
 */
@ApplicationScoped
public class ImportFormats {

    private final List<ImportFormat> formats;

    ImportFormats(@All List<ImportFormat> formats) {
        this.formats =
                formats.stream().sorted(Comparator.comparing(ImportFormat::fallback)).toList();
    }

    /** Imports an XML document: a feed, a WordPress export or a Blogger backup. */
    public ImportReport importXml(InputStream body, boolean dryRun) {
        return importDocument(new ImportDocument.Xml(FeedDocuments.read(body)), dryRun);
    }

    /** Imports a JSON document: a Ghost export or this service's own. */
    public ImportReport importJson(JsonNode tree, boolean dryRun) {
        return importDocument(new ImportDocument.Json(tree), dryRun);
    }

    private ImportReport importDocument(ImportDocument document, boolean dryRun) {
        return formats.stream()
                .filter(format -> format.reads(document))
                .findFirst()
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        ProblemType.VALIDATION_FAILED,
                                        "No import reads this document: "
                                                + (document instanceof ImportDocument.Xml
                                                        ? "it is not an RSS or Atom feed"
                                                        : "it must be a JSON object (a Ghost"
                                                                + " export or this service's"
                                                                + " export)")))
                .importDocument(document, dryRun);
    }
}
