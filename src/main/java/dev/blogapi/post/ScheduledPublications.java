package dev.blogapi.post;

import dev.blogapi.common.http.PublicationSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** When the next scheduled post goes public, by the one visibility rule. */
@ApplicationScoped
class ScheduledPublications implements PublicationSchedule {

    private final PostRepository posts;

    ScheduledPublications(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    @Transactional
    public Optional<Instant> nextPublicationAfter(Instant now) {
        return posts.nextPublicationAfter(now);
    }
}
