package dev.blogapi.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of the API serves, read once from the JAX-RS resources themselves, so a 405
 * names them in Allow, OPTIONS lists exactly them, and a write to a path that serves no write is a
 * 405 before anyone asks for a token.
 */
@ApplicationScoped
public class RouteTable {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*([^}]+))?}");

    private final BeanManager beans;
    private volatile Map<Known, Set<String>> routes;

    RouteTable(BeanManager beans) {
        this.beans = beans;
    }

    /** A path's route: its template (the metrics' label) and the methods it serves. */
    public record Route(String template, Set<String> methods) {}

    /**
     * The route at {@code path}, with the methods it serves (HEAD with GET, OPTIONS always); empty
     * when no resource answers at that path.
     */
    public Optional<Route> at(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String trimmed =
                path.length() > 1 && path.endsWith("/")
                        ? path.substring(0, path.length() - 1)
                        : path;
        Set<String> methods = new TreeSet<>();
        String template = null;
        for (Map.Entry<Known, Set<String>> route : routes().entrySet()) {
            if (route.getKey().regex().matcher(trimmed).matches()) {
                methods.addAll(route.getValue());
                template = template == null ? route.getKey().template() : template;
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(new Route(template, methods));
    }

    private record Known(String template, Pattern regex) {}

    private Map<Known, Set<String>> routes() {
        Map<Known, Set<String>> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private Map<Known, Set<String>> scan() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                httpMethodOf(method)
                        .ifPresent(
                                verb ->
                                        byTemplate
                                                .computeIfAbsent(
                                                        join(
                                                                root.value(),
                                                                method.getAnnotation(Path.class)),
                                                        template -> new TreeSet<>())
                                                .add(verb));
            }
        }
        Map<Known, Set<String>> compiled = new LinkedHashMap<>();
        byTemplate.forEach(
                (template, verbs) -> compiled.put(new Known(template, regexOf(template)), verbs));
        return compiled;
    }

    private static Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, Path sub) {
        String path = "/" + root + (sub == null ? "" : "/" + sub.value());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1)
                : path;
    }

    /** {@code /posts/{id}} and {@code /feed.{format: rss|atom}} as regular expressions. */
    static Pattern regexOf(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        List<String> parts = new ArrayList<>();
        while (parameter.find()) {
            parts.add(Pattern.quote(template.substring(from, parameter.start())));
            parts.add(
                    parameter.group(2) == null
                            ? "[^/]+"
                            : "(?:" + parameter.group(2).strip() + ")");
            from = parameter.end();
        }
        parts.add(Pattern.quote(template.substring(from)));
        parts.forEach(regex::append);
        return Pattern.compile(regex.toString());
    }
}
