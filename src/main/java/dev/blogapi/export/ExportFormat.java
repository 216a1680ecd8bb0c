package dev.blogapi.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.importer.ImportDocument;
import dev.blogapi.importer.ImportFormat;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportReport;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

/**
 * This service's own export, given to {@code POST /api/v1/import}: any JSON document no engine
 * claims is read as one, and refused with what is wrong when it is not.
 */
@Singleton
class ExportFormat implements ImportFormat {

    private final ExportRestore restore;
    private final ObjectMapper json;
    private final Validator validator;

    ExportFormat(ExportRestore restore, ObjectMapper json, Validator validator) {
        this.restore = restore;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public boolean reads(ImportDocument document) {
        return document instanceof ImportDocument.Json;
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    public ImportReport importDocument(ImportDocument document, ImportOptions options) {
        // A restore brings back what the document holds and prunes nothing.
        return restore.restore(
                validated(((ImportDocument.Json) document).tree()), options.dryRun());
    }

    ExportDocument validated(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The request body must be a JSON object");
        }
        ExportDocument document;
        try {
            document = json.treeToValue(tree, ExportDocument.class);
        } catch (JsonProcessingException e) {
            // The problem mapper names the field a JSON failure is about.
            throw new BadRequestException(e);
        }
        var violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return document;
    }
}
