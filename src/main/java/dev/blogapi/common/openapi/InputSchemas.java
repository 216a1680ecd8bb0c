package dev.blogapi.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the document what the service does with request bodies: an unknown field is refused
 * ({@code additionalProperties: false}), an optional field sent as {@code null} is taken as left
 * out (so its type admits null), and pages, which take no categories or tags, have input schemas
 * without them.
 */
final class InputSchemas {

    private static final String PREFIX = "#/components/schemas/";
    private static final List<String> LABELS = List.of("categories", "tags");

    private InputSchemas() {}

    static void describe(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        addPageInputs(openAPI, schemas);
        for (String name : reachableFromBodies(openAPI, schemas)) {
            Schema schema = schemas.get(name);
            schema.additionalPropertiesBoolean(Boolean.FALSE);
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties()
                    .forEach(
                            (property, value) -> {
                                if (!required.contains(property)) {
                                    admitNull(value);
                                }
                            });
        }
    }

    /**
     * Strings and lists: a primitive number or flag sent as null is refused, not taken as absent.
     */
    private static void admitNull(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.contains(Schema.SchemaType.NULL)) {
            return;
        }
        if (types.contains(Schema.SchemaType.STRING) || types.contains(Schema.SchemaType.ARRAY)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    private static Set<String> reachableFromBodies(OpenAPI openAPI, Map<String, Schema> schemas) {
        Deque<String> pending = new ArrayDeque<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(
                        item ->
                                item.getOperations()
                                        .values()
                                        .forEach(operation -> bodyRefs(operation, pending)));
        Set<String> reached = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || !reached.add(name)) {
                continue;
            }
            schema.getProperties().values().forEach(property -> refsIn(property, pending));
        }
        return reached;
    }

    private static void bodyRefs(Operation operation, Deque<String> pending) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            if (media.getSchema() != null) {
                refsIn(media.getSchema(), pending);
            }
        }
    }

    private static void refsIn(Schema schema, Deque<String> pending) {
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            pending.push(schema.getRef().substring(PREFIX.length()));
        }
        if (schema.getItems() != null) {
            refsIn(schema.getItems(), pending);
        }
    }

    /** PageInput and PagePatch: the post's, without categories and tags, for the page writes. */
    private static void addPageInputs(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, String> pageNames = new LinkedHashMap<>();
        for (String post : List.of("PostInput", "PostPatch")) {
            Schema source = schemas.get(post);
            if (source == null) {
                continue;
            }
            String page = post.replace("Post", "Page");
            openAPI.getComponents().addSchema(page, withoutLabels(source));
            pageNames.put(PREFIX + post, PREFIX + page);
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) -> {
                            if (path.startsWith("/api/v1/pages")) {
                                item.getOperations()
                                        .values()
                                        .forEach(operation -> renameBody(operation, pageNames));
                            }
                        });
    }

    private static Schema withoutLabels(Schema source) {
        Map<String, Schema> properties = new LinkedHashMap<>(source.getProperties());
        LABELS.forEach(properties::remove);
        List<String> required =
                new ArrayList<>(source.getRequired() == null ? List.of() : source.getRequired());
        required.removeAll(LABELS);
        return OASFactory.createSchema()
                .type(source.getType())
                .required(required.isEmpty() ? null : required)
                .description(
                        source.getDescription().replace("post", "page")
                                + " A page is filed under no category and carries no tags.")
                .properties(properties);
    }

    private static void renameBody(Operation operation, Map<String, String> pageNames) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema != null && pageNames.containsKey(schema.getRef())) {
                media.setSchema(OASFactory.createSchema().ref(pageNames.get(schema.getRef())));
            }
        }
    }
}
