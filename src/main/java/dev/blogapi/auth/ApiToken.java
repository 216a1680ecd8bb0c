package dev.blogapi.auth;

import dev.blogapi.author.Author;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A minted API token; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @ManyToOne
    @JoinColumn(name = "author_id")
    public Author author;

    @Column(name = "secret_hash", nullable = false, unique = true)
    public String secretHash;

    /** The admin token minted at first start when BLOG_ADMIN_TOKEN is not set. */
    @Column(nullable = false)
    public boolean initial;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected ApiToken() {}

    ApiToken(
            String name,
            Role role,
            Author author,
            String secretHash,
            boolean initial,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.role = role;
        this.author = author;
        this.secretHash = secretHash;
        this.initial = initial;
        this.createdAt = createdAt;
    }
}
