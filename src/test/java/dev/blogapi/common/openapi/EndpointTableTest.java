package dev.blogapi.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/endpoints.md is the endpoint table, made from openapi/openapi.yaml so it cannot drift: this
 * test fails when they differ; {@code ./mvnw test -Dtest=EndpointTableTest -Dendpoints.write=true}
 * rewrites it.
 */
class EndpointTableTest {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    private static final Path TABLE = Path.of("docs", "endpoints.md");
    private static final List<String> METHODS =
            List.of("get", "head", "post", "put", "patch", "delete");

    @Test
    void theEndpointTableIsTheDocumentsOwn() throws Exception {
        String expected = tableOf(new YAMLMapper().readTree(DOCUMENT.toFile()));
        if (Boolean.getBoolean("endpoints.write")) {
            Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(
                expected,
                Files.readString(TABLE, StandardCharsets.UTF_8),
                "docs/endpoints.md differs from openapi/openapi.yaml; regenerate it (see this test)");
    }

    static String tableOf(JsonNode api) {
        StringBuilder table =
                new StringBuilder(
                        """
                        # Endpoints

                        Made from `openapi/openapi.yaml` by `EndpointTableTest`, which fails when the two differ
                        (`./mvnw test -Dtest=EndpointTableTest -Dendpoints.write=true` rewrites this file). The
                        document (served at `/q/openapi`) has every parameter, schema and answer; "anyone" means
                        no token is needed, and a token may still read more (drafts, gated bodies).

                        | method | path | who | what | statuses |
                        | --- | --- | --- | --- | --- |
                        """);
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    table.append(row(method, path.getKey(), operation));
                }
            }
        }
        return table.toString();
    }

    private static String row(String method, String path, JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(statuses::add);
        return "| `"
                + method.toUpperCase()
                + "` | `"
                + path
                + "` | "
                + whoMay(operation)
                + " | "
                + operation.path("summary").asText()
                + " | "
                + String.join(", ", new TreeSet<>(statuses))
                + " |\n";
    }

    private static String whoMay(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return "anyone";
            }
        }
        TreeSet<String> roles = new TreeSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return roles.isEmpty() ? "any token" : String.join(", ", roles);
    }
}
