package dev.blogapi.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 problem document every error is answered with. */
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem document (application/problem+json).",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "urn:blog-api:problem:validation-failed") String type,
        @Schema(examples = "Validation failed") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "title: must not be blank") String detail,
        @Schema(examples = "/api/v1/posts") String instance,
        List<FieldError> errors) {

    /** The problem document for {@code type}, about the request at {@code instance}. */
    public static Problem of(
            ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    /** One rejected field of a request. */
    @Schema(name = "FieldError", description = "One rejected field and why.")
    public record FieldError(
            @Schema(examples = "title") String field,
            @Schema(examples = "must not be blank") String message) {}
}
