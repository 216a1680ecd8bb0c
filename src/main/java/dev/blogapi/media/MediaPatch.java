package dev.blogapi.media;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change on a file: its alternative text and caption (null keeps them). */
@Schema(
        name = "MediaPatch",
        description =
                "A file's alternative text and caption; a field left out is kept, an empty string"
                        + " clears it.")
public record MediaPatch(
        @Schema(examples = "A heron standing in a pond") @Size(max = 1000) String alt,
        @Schema(examples = "The pond in June") @Size(max = 1000) String caption) {}
