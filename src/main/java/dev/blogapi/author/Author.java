package dev.blogapi.author;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person posts are written by. */
@Entity
@Table(name = "author")
public class Author extends PanacheEntityBase {

    @Id public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** Shown to readers; not unique (the slug is the identity). */
    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Author() {}

    public Author(String slug, String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.createdAt = createdAt;
    }
}
