package dev.blogapi.category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named group of posts. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    /** Shown to readers; not unique (the slug is the identity). */
    @Column(nullable = false)
    public String name;

    public String description;

    /** The category this one sits under; null at the top level. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Category() {}

    public Category(String slug, String name, String description, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }
}
