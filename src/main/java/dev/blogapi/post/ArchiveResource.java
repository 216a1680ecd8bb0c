package dev.blogapi.post;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/archive")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
class ArchiveResource {

    private final PostQueries queries;

    ArchiveResource(PostQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(
            operationId = "listArchive",
            summary = "Months with published posts",
            description = "Newest first; list a month with GET /api/v1/posts?year=&month=.")
    public List<ArchiveMonth> archive() {
        return queries.archive();
    }
}
