package dev.blogapi.media;

import dev.blogapi.common.config.BlogConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;

/** Chooses the store: S3-compatible when BLOG_MEDIA_S3_BUCKET is set, else the local disk. */
class MediaStores {

    @Produces
    @ApplicationScoped
    MediaStore store(BlogConfig config) {
        BlogConfig.S3 s3 = config.media().s3();
        if (s3.bucket().isPresent()) {
            Log.infof(
                    "Media are kept in the bucket %s at %s",
                    s3.bucket().get(), s3.endpoint().orElse("AWS S3"));
            return new S3MediaStore(
                    S3MediaStore.client(
                            s3.endpoint(),
                            s3.region(),
                            s3.accessKey(),
                            s3.secretKey(),
                            s3.pathStyle()),
                    s3.bucket().get());
        }
        if (s3.endpoint().isPresent()) {
            throw new IllegalStateException(
                    "BLOG_MEDIA_S3_ENDPOINT is set without BLOG_MEDIA_S3_BUCKET: name the bucket");
        }
        return new LocalMediaStore(
                Path.of(config.dataDir()).toAbsolutePath().normalize().resolve("media"));
    }
}
