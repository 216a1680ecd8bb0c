package dev.blogapi.post;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.http.Pagination;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page list's query as sent: strings, so a bad value is a 400 naming it. */
class PageListParameters {

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 1; past the last page gives an empty page",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "1000000",
                            defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Pages per page of the list",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    String size;

    @QueryParam("status")
    @Parameter(
            description = "published (default) for anyone; draft, scheduled or all need a token",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"published", "draft", "scheduled", "all"},
                            defaultValue = "published"))
    String status;

    int page() {
        return Pagination.intParameter("page", page, 1, 1_000_000, 1);
    }

    int size() {
        return Pagination.intParameter(
                "size", size, 1, Pagination.MAX_SIZE, Pagination.DEFAULT_SIZE);
    }

    PostFilter.Visibility visibility(Caller caller) {
        return PostListParameters.visibilityOf(status, caller);
    }
}
