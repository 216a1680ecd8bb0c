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
    public ImportReport importXml(InputStream body, ImportOptions options) {
        return importDocument(new ImportDocument.Xml(FeedDocuments.read(body)), options);
    }

    /** Imports a JSON document: a Ghost export or this service's own. */
    public ImportReport importJson(JsonNode tree, ImportOptions options) {
        return importDocument(new ImportDocument.Json(tree), options);
    }

    private ImportReport importDocument(ImportDocument document, ImportOptions options) {
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
                .importDocument(document, options);
    }
}
