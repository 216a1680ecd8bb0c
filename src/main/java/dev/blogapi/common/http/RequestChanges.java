package dev.blogapi.common.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the current request's writes touched, kept in its Vert.x context, so this instance forgets
 * it before the writer's answer goes out ({@link CachedAnswers}): only what was touched when every
 * write of the request said ({@link #targeted}), everything otherwise.
 */
public final class RequestChanges {

    private static final String TOUCHED = "blog.touched";
    private static final String TARGETED = "blog.targeted";

    /** What writes touched, and the earliest moment a post they scheduled goes out. */
    public record Touched(Set<String> topics, Instant scheduled) {

        /** What this and {@code other} touched together. */
        public Touched and(Touched other) {
            Set<String> all = new LinkedHashSet<>(topics);
            all.addAll(other.topics());
            Instant at =
                    scheduled == null
                            ? other.scheduled()
                            : other.scheduled() == null || scheduled.isBefore(other.scheduled())
                                    ? scheduled
                                    : other.scheduled();
            return new Touched(Set.copyOf(all), at);
        }
    }

    private RequestChanges() {}

    /** Every write of the current request says what it touched. */
    public static void targeted() {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(TARGETED, Boolean.TRUE);
        }
    }

    /** One write of the current request touched {@code topics}. */
    public static void touched(Set<String> topics, Instant scheduled) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return;
        }
        Touched before = context.getLocal(TOUCHED);
        Set<String> all = new LinkedHashSet<>(topics);
        Instant at = scheduled;
        if (before != null) {
            all.addAll(before.topics());
            at =
                    at == null || before.scheduled() != null && before.scheduled().isBefore(at)
                            ? before.scheduled()
                            : at;
        }
        context.putLocal(TOUCHED, new Touched(Set.copyOf(all), at));
    }

    /** What the current request touched, when all its writes said; null otherwise. */
    static Touched ofRequest() {
        Context context = Vertx.currentContext();
        if (context == null || !Boolean.TRUE.equals(context.getLocal(TARGETED))) {
            return null;
        }
        Touched touched = context.getLocal(TOUCHED);
        return touched == null ? new Touched(Set.of(), null) : touched;
    }
}
