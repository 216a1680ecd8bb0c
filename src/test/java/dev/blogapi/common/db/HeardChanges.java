package dev.blogapi.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears every content change inside the service, as a webhook outbox would. */
@ApplicationScoped
public class HeardChanges {

    private final List<ContentChanged> changes = new CopyOnWriteArrayList<>();

    /** What was heard (a method: a field read through the bean's proxy would see nothing). */
    List<ContentChanged> changes() {
        return changes;
    }

    void hear(@Observes ContentChanged change) {
        changes.add(change);
    }
}
