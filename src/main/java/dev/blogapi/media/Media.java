package dev.blogapi.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One file of the media library; the bytes are in the {@link MediaStore} under its SHA-256. */
@Entity
@Table(name = "media")
public class Media extends PanacheEntityBase {

    @Id public UUID id;

    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long bytes;

    public Integer width;
    public Integer height;
    public String alt;
    public String caption;

    @Column(name = "uploaded_by")
    public UUID uploadedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Media() {}

    Media(String sha256, String filename, MediaInspector.Inspected file, long bytes, Instant at) {
        this.id = UUID.randomUUID();
        this.sha256 = sha256;
        this.filename = filename;
        this.contentType = file.contentType();
        this.width = file.width();
        this.height = file.height();
        this.bytes = bytes;
        this.createdAt = at;
    }

    /** Where the file is served, below the site's base URL. */
    String path() {
        return "/media/" + sha256 + "/" + filename;
    }
}
