package dev.blogapi.export;

import dev.blogapi.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
@RolesAllowed(Role.ADMIN)
class ExportResource {

    private final ExportService exports;

    ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Operation(
            operationId = "exportBlog",
            summary = "Export the whole blog",
            description =
                    """
            Every post (drafts and scheduled ones too), category and author as one document that
            POST /api/v1/import takes back; exporting the result of that import gives the same document.""")
    public ExportDocument export() {
        return exports.export();
    }
}
