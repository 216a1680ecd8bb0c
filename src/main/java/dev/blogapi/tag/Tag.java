package dev.blogapi.tag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A flat label on posts, beside their categories; created when a writer first uses it. */
@Entity
@Table(name = "tag")
public class Tag extends PanacheEntityBase {

    @Id public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** Shown to readers; not unique (the slug is the identity). */
    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Tag() {}

    public Tag(String slug, String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.createdAt = createdAt;
    }
}
