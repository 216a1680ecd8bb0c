package dev.blogapi.post;

import dev.blogapi.common.error.InvalidRequestException;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code fields} a read of posts or pages asks for: only those of each post are answered, so a
 * list for an index page carries no bodies. Absent: every field.
 */
class PostFields {

    /** Every field a post answers, in the order it answers them. */
    static final List<String> ALL =
            Arrays.stream(PostResponse.class.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();

    @QueryParam("fields")
    @Parameter(
            description =
                    "Comma-separated fields of each post to answer (the others are left out, the"
                            + " schema's required ones too, so a client whose model expects a whole"
                            + " post reads such an answer as plain JSON); absent: all. An unknown"
                            + " name is a 400 listing the valid ones",
            schema = @Schema(type = SchemaType.STRING, maxLength = 500),
            example = "slug,title,excerpt,publishedAt,author,featuredImage")
    String fields;

    /** The fields asked for, in the order posts answer them; empty for all. */
    Set<String> selected() {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String name : fields.split(",")) {
            if (!name.isBlank()) {
                asked.add(name.strip());
            }
        }
        List<String> unknown = asked.stream().filter(name -> !ALL.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidRequestException.badParameter(
                    "fields",
                    "unknown field(s) "
                            + String.join(", ", unknown)
                            + "; a post has "
                            + String.join(", ", ALL));
        }
        Set<String> ordered = new LinkedHashSet<>(ALL);
        ordered.retainAll(asked);
        return ordered;
    }
}
