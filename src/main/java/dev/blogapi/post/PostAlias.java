package dev.blogapi.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An old site path a post is still found by (kept from an imported blog). */
@Entity
@Table(name = "post_alias")
public class PostAlias {

    @Id public String path;

    @Column(name = "post_id", nullable = false)
    public UUID postId;
}
