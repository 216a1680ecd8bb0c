package dev.blogapi.common.metrics;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The route template the HTTP metrics label a request with ({@code /api/v1/posts/{id}}), kept in
 * the request's Vert.x context where the Micrometer extension reads it.
 */
public final class RouteTemplate {

    private static final String KEY = "UrlPathTemplate";

    private RouteTemplate() {}

    /** The current request's template, or null before a route matched it. */
    public static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(KEY, template);
        }
    }
}
