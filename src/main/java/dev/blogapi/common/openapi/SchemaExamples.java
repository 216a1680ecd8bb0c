package dev.blogapi.common.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every component schema an example, so readers and generated clients' docs see a whole
 * object: assembled from the property examples the records declare, or written out here where a
 * writer's input needs a sensible combination of fields. Spectral checks each against its schema.
 */
final class SchemaExamples {

    // Inputs whose fields depend on each other (a draft has no date; one kind of content).
    private static final Map<String, String> WRITTEN =
            Map.of(
                    "PostInput",
                    """
                    {"title": "Software for Python presentations", "status": "published",
                     "categories": ["tools"], "contentMarkdown": "Slides from *plain text*."}""",
                    "PostPatch",
                    """
                    {"title": "Software for Python presentations, revised", "excerpt": null}""",
                    "CategoryInput",
                    """
                    {"name": "Tools", "description": "Chisels, planes and the rest"}""",
                    "TokenInput",
                    """
                    {"name": "ada laptop", "role": "author", "author": "Ada Lindqvist"}""");
    private static final String UUID_EXAMPLE = "6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22";
    private static final String TIME_EXAMPLE = "2007-06-30T12:16:04Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaExamples() {}

    // The scalar types SmallRye describes as components of their own.
    private static final Map<String, String> SCALARS =
            Map.of(
                    "Instant", "A point in time: RFC 3339, UTC",
                    "OffsetDateTime", "A date and time with its offset: RFC 3339",
                    "UUID", "A UUID");

    static void addMissing(Map<String, Schema> schemas) {
        schemas.forEach(
                (name, schema) -> {
                    if (schema.getDescription() == null && SCALARS.containsKey(name)) {
                        schema.setDescription(SCALARS.get(name));
                    }
                    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                        return;
                    }
                    Object example =
                            WRITTEN.containsKey(name)
                                    ? parse(WRITTEN.get(name))
                                    : exampleOf(schema, schemas, 0);
                    if (example != null) {
                        schema.setExamples(List.of(example));
                    }
                });
    }

    /**
     * Gives each request and response body of {@code operation} the example of its schema, so every
     * operation shows what goes over the wire (and Spectral validates each one).
     */
    static void addToBodies(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent(), schemas);
        }
        if (operation.getResponses() != null) {
            operation
                    .getResponses()
                    .getAPIResponses()
                    .values()
                    .forEach(response -> addTo(response.getContent(), schemas));
        }
    }

    static void addTo(Content content, Map<String, Schema> schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExample() == null && media.getSchema() != null) {
                Object example = exampleOf(media.getSchema(), schemas, 0);
                if (example != null) {
                    media.setExample(example);
                }
            }
        }
    }

    private static Object exampleOf(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 12) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Schema target = schemas.get(name);
            return WRITTEN.containsKey(name)
                    ? parse(WRITTEN.get(name))
                    : exampleOf(target, schemas, depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema> options = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        if (options != null) {
            return options.stream()
                    .map(option -> exampleOf(option, schemas, depth + 1))
                    .filter(value -> value != null)
                    .findFirst()
                    .orElse(null);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties()
                    .forEach(
                            (property, value) -> {
                                Object example = exampleOf(value, schemas, depth + 1);
                                if (example != null) {
                                    object.put(property, example);
                                }
                            });
            return object;
        }
        List<Schema.SchemaType> types = schema.getType();
        Schema.SchemaType type =
                types == null
                        ? null
                        : types.stream()
                                .filter(t -> t != Schema.SchemaType.NULL)
                                .findFirst()
                                .orElse(null);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case ARRAY -> {
                Object item = exampleOf(schema.getItems(), schemas, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case INTEGER, NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : 1;
            case BOOLEAN -> false;
            case STRING -> stringExample(schema);
            default -> null;
        };
    }

    private static Object stringExample(Schema schema) {
        String format = schema.getFormat();
        if ("uuid".equals(format)) {
            return UUID_EXAMPLE;
        }
        if ("date-time".equals(format)) {
            return TIME_EXAMPLE;
        }
        // A free string would break a pattern or a length rule: leave such a field out.
        return null;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The written examples are JSON", e);
        }
    }
}
