package dev.blogapi.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The answer of a feed operation: {@code Feed} on the resources' templated operations, and one per
 * format ({@code FeedRss}, {@code FeedAtom}, {@code FeedJson}) once {@link FeedOperations} splits
 * them.
 */
final class FeedResponse {

    static final String NAME = "Feed";

    private FeedResponse() {}

    /** The format-neutral answer the resources name; split per format in the document. */
    static APIResponse create() {
        return OASFactory.createAPIResponse().description("The feed");
    }

    /**
     * The answer of one format's feed operation: RSS and Atom as bytes to hand to a feed parser
     * (binary makes generated clients return them untouched), JSON Feed typed with its schema.
     */
    static APIResponse create(FeedOperations.Format format) {
        Schema schema =
                format == FeedOperations.Format.JSON
                        ? OASFactory.createSchema().ref("#/components/schemas/JsonFeed")
                        : OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("binary");
        return OASFactory.createAPIResponse()
                .description("The feed as " + format.title() + ", whatever Accept says")
                .content(
                        OASFactory.createContent()
                                .addMediaType(
                                        format.mediaType(),
                                        OASFactory.createMediaType().schema(schema)))
                .addHeader("ETag", header("Strong validator; send it back in If-None-Match"))
                .addHeader("Last-Modified", header("When the feed's content last changed"))
                .addHeader("Cache-Control", header("public, max-age from BLOG_FEED_TTL"));
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
