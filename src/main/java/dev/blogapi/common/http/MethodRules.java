package dev.blogapi.common.http;

import dev.blogapi.common.error.ProblemType;
import dev.blogapi.common.metrics.RouteTemplate;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Methods before anything else: OPTIONS answers the methods a path serves, and a method the path
 * does not serve is a 405 naming them in Allow, before a token is asked for or a body read, so an
 * anonymous DELETE of a read-only path hears 405, not 401.
 */
@ApplicationScoped
class MethodRules {

    private final RouteTable routes;
    private final RoutingProblems problems;

    MethodRules(RouteTable routes, RoutingProblems problems) {
        this.routes = routes;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterPriorities.METHOD_RULES);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api/")
                && !path.contains("feed.")
                && !path.equals("/sitemap.xml")
                && !path.startsWith("/sitemaps/")
                && !path.startsWith("/media/")) {
            context.next();
            return;
        }
        RouteTable.Route route = routes.at(path).orElse(null);
        if (route == null) {
            context.next();
            return;
        }
        Set<String> allowed = route.methods();
        String allow = String.join(", ", allowed);
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS && isPlainOptions(context)) {
            RouteTemplate.set(route.template());
            context.response().putHeader(HttpHeaders.ALLOW, allow).setStatusCode(204).end();
        } else if (method != HttpMethod.OPTIONS && !allowed.contains(method.name())) {
            RouteTemplate.set(route.template());
            problems.send(
                    context,
                    ProblemType.METHOD_NOT_ALLOWED,
                    "This method is not supported on " + path + "; it serves " + allow,
                    HttpHeaders.ALLOW.toString(),
                    allow);
        } else {
            context.next();
        }
    }

    /** A CORS preflight is the CORS handler's to answer, not this one's. */
    private static boolean isPlainOptions(RoutingContext context) {
        return context.request().getHeader("Access-Control-Request-Method") == null;
    }
}
