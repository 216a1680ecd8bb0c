package dev.blogapi.auth;

import dev.blogapi.common.content.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenInput", description = "A token to mint.")
record TokenRequest(
        @Schema(
                        description = "What the token is for",
                        examples = "deploy script",
                        required = true,
                        maxLength = FieldLimits.NAME)
                @NotBlank
                @Size(max = FieldLimits.NAME)
                String name,
        @Schema(
                        enumeration = {"admin", "author", "reader"},
                        description =
                                "admin: everything; author: writes own posts; reader: reads gated"
                                        + " content whole, writes nothing",
                        examples = "author",
                        required = true)
                @NotNull
                @Pattern(
                        regexp = "admin|author|reader",
                        message = "must be admin, author or reader")
                String role,
        @Schema(
                        description =
                                "Name of the author the token writes as; required for role author, created when new",
                        examples = "Ada Lindqvist",
                        maxLength = FieldLimits.NAME)
                @Size(min = 1, max = FieldLimits.NAME)
                String author) {}
