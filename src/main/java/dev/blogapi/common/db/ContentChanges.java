package dev.blogapi.common.db;

import dev.blogapi.common.http.RequestChanges;
import dev.blogapi.common.http.RequestChanges.Touched;
import dev.blogapi.common.http.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says what a write touched ({@link Topics}), so kept answers showing it are forgotten and the
 * others stay: on every instance through PostgreSQL's blog_content notification (delivered at
 * commit, never for a rolled-back write), and on this one before the writer's answer goes out
 * ({@link RequestChanges}). A change that does not say is a change of everything: the tables'
 * triggers announce each write by its table's name unless the transaction has said {@link
 * #onlyWhatIsTouched} (V26).
 */
@ApplicationScoped
public class ContentChanges {

    /** The payload of a change of everything. */
    static final String EVERYTHING = Topics.ANY;

    /** A notification's payload holds at most this many characters (PostgreSQL's limit: 8000). */
    private static final int LONGEST_PAYLOAD = 7_900;

    private static final String SCHEDULED = "at:";

    /** The first line of a payload that names topics; any other payload is a table's name. */
    private static final String HEADER = "topics";

    private final EntityManager em;
    private final Event<ContentChanged> observers;

    ContentChanges(EntityManager em, Event<ContentChanged> observers) {
        this.em = em;
        this.observers = observers;
    }

    /**
     * In the current transaction: {@code topics} changed, and a post goes out at {@code scheduled}
     * (null when none does). Announced at commit; noted on the request for this instance.
     */
    public void touched(Set<String> topics, Instant scheduled) {
        String payload = payloadOf(topics, scheduled);
        em.createNativeQuery("select pg_notify('" + ContentChangeListener.CHANNEL + "', :payload)")
                .setParameter("payload", payload)
                .getSingleResult();
        Set<String> said = payload.equals(EVERYTHING) ? Topics.EVERYTHING : Set.copyOf(topics);
        RequestChanges.touched(said, scheduled);
        observers.fire(new ContentChanged(said, scheduled));
    }

    /**
     * The current transaction writes posts only through {@link #touched} (and labels, which every
     * post write touches): the tables' triggers stop announcing it as a change of everything.
     */
    public void onlyWhatIsTouched() {
        em.createNativeQuery("select set_config('blog.targeted', 'on', true)").getSingleResult();
    }

    static String payloadOf(Set<String> topics, Instant scheduled) {
        if (topics.contains(Topics.ANY)) {
            return EVERYTHING;
        }
        StringBuilder payload = new StringBuilder(HEADER);
        if (scheduled != null) {
            payload.append('\n').append(SCHEDULED).append(scheduled.toEpochMilli());
        }
        for (String topic : topics) {
            payload.append('\n').append(topic);
        }
        return payload.length() > LONGEST_PAYLOAD || topics.isEmpty()
                ? EVERYTHING
                : payload.toString();
    }

    /**
     * What notifications say, together: the topics and the earliest scheduled moment; {@link
     * Topics#EVERYTHING} when one is a table's name (a trigger's) or a change of everything.
     */
    static Touched parse(List<String> payloads) {
        Touched all = new Touched(Set.of(), null);
        for (String payload : payloads) {
            if (payload == null || !payload.startsWith(HEADER + "\n")) {
                return new Touched(Topics.EVERYTHING, null);
            }
            Set<String> topics = new LinkedHashSet<>();
            Instant scheduled = null;
            for (String line : payload.substring(HEADER.length() + 1).split("\n")) {
                if (line.startsWith(SCHEDULED)) {
                    scheduled =
                            Instant.ofEpochMilli(
                                    Long.parseLong(line.substring(SCHEDULED.length())));
                } else {
                    topics.add(line);
                }
            }
            all = all.and(new Touched(topics, scheduled));
        }
        return all;
    }
}
