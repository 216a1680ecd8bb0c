package dev.blogapi.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportReport",
        description = "What an import did, item by item.",
        requiredProperties = {"created", "updated", "unchanged", "failed"})
record ImportReport(
        @Schema(examples = "9") int created,
        @Schema(examples = "0") int updated,
        @Schema(examples = "1") int unchanged,
        List<Failure> failed) {

    @Schema(
            name = "ImportFailure",
            description = "An item that was not imported, and why.",
            requiredProperties = {"guid", "reason"})
    public record Failure(
            @Schema(examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22", nullable = true)
                    String guid,
            @Schema(examples = "no parsable publication date (pubDate, published or updated)")
                    String reason) {}
}
