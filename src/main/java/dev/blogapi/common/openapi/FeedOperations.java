package dev.blogapi.common.openapi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * One operation per feed format in the document: each {@code …/feed.{format}} path the resources
 * serve becomes {@code …/feed.rss}, {@code …/feed.atom} and {@code …/feed.json}, so a generated
 * client gets a typed JSON Feed instead of a blob from an operation answering three media types.
 */
final class FeedOperations {

    enum Format {
        RSS("application/rss+xml", "RSS 2.0"),
        ATOM("application/atom+xml", "Atom 1.0"),
        JSON("application/feed+json", "JSON Feed 1.1");

        private final String mediaType;
        private final String title;

        Format(String mediaType, String title) {
            this.mediaType = mediaType;
            this.title = title;
        }

        String mediaType() {
            return mediaType;
        }

        String title() {
            return title;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        String responseName() {
            return SharedResponses.FEED + name().charAt(0) + extension().substring(1);
        }
    }

    private static final String TEMPLATE = "{format}";

    private FeedOperations() {}

    static void split(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        for (Format format : Format.values()) {
            components.addResponse(format.responseName(), FeedResponse.create(format));
        }
        components.removeResponse(SharedResponses.FEED);
        Paths paths = openAPI.getPaths();
        Map<String, PathItem> all = new LinkedHashMap<>(paths.getPathItems());
        all.forEach(
                (path, item) -> {
                    if (!path.contains(TEMPLATE)) {
                        return;
                    }
                    paths.removePathItem(path);
                    for (Format format : Format.values()) {
                        PathItem one = OASFactory.createPathItem();
                        one.setGET(forFormat(item.getGET(), format));
                        one.setHEAD(forFormat(item.getHEAD(), format));
                        paths.addPathItem(path.replace(TEMPLATE, format.extension()), one);
                    }
                });
    }

    private static Operation forFormat(Operation templated, Format format) {
        if (templated == null) {
            return null;
        }
        String id = templated.getOperationId();
        boolean head = id.endsWith("Head");
        String base = head ? id.substring(0, id.length() - "Head".length()) : id;
        APIResponses responses = OASFactory.createAPIResponses();
        templated
                .getResponses()
                .getAPIResponses()
                .forEach(
                        (status, answer) ->
                                responses.addAPIResponse(
                                        status,
                                        status.equals("200")
                                                ? OASFactory.createAPIResponse()
                                                        .ref(
                                                                "#/components/responses/"
                                                                        + format.responseName())
                                                : answer));
        String suffix = format.name().charAt(0) + format.extension().substring(1);
        return OASFactory.createOperation()
                .operationId(base + suffix + (head ? "Head" : ""))
                .summary(templated.getSummary() + " (" + format.title() + ")")
                .description(templated.getDescription())
                .tags(templated.getTags())
                .parameters(
                        templated.getParameters() == null
                                ? null
                                : templated.getParameters().stream()
                                        .filter(parameter -> !"format".equals(parameter.getName()))
                                        .toList())
                .security(templated.getSecurity())
                .responses(responses);
    }
}
