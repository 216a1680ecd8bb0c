package dev.blogapi.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The one answer every feed operation gives, referenced from each as {@code Feed}. */
final class FeedResponse {

    static final String NAME = "Feed";

    private FeedResponse() {}

    static APIResponse create() {
        // The XML feeds are documents to hand to a feed parser, not JSON strings: binary makes
        // generated clients return their bytes untouched.
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary");
        return OASFactory.createAPIResponse()
                .description(
                        "The feed in the format its extension names (rss, atom or json), whatever"
                                + " Accept says")
                .content(
                        OASFactory.createContent()
                                .addMediaType(
                                        "application/rss+xml",
                                        OASFactory.createMediaType().schema(text))
                                .addMediaType(
                                        "application/atom+xml",
                                        OASFactory.createMediaType().schema(text))
                                .addMediaType(
                                        "application/feed+json",
                                        OASFactory.createMediaType()
                                                .schema(
                                                        OASFactory.createSchema()
                                                                .ref(
                                                                        "#/components/schemas/JsonFeed"))))
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
