package dev.blogapi.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, S3Proxy…), under {@code
 * media/<sha256>}, so that every instance of the service reads and writes one library. Through the
 * AWS SDK for Java v2 with the JDK's own HTTP client.
 */
final class S3MediaStore implements MediaStore {

    private static final String PREFIX = "media/";

    private final S3Client s3;
    private final String bucket;

    S3MediaStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client for an endpoint; keys from the settings, else the SDK's usual places. */
    static S3Client client(
            Optional<String> endpoint,
            String region,
            Optional<String> accessKey,
            Optional<String> secretKey,
            boolean pathStyle) {
        var builder =
                S3Client.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .region(Region.of(region))
                        .forcePathStyle(pathStyle)
                        // Checksums only where S3 requires them: MinIO, Ceph, S3Proxy and other
                        // servers do not all read the trailing checksums SDKs send by default.
                        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.map(URI::create).ifPresent(builder::endpointOverride);
        if (accessKey.isPresent() && secretKey.isPresent()) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Override
    public void put(String sha256, Path file, String contentType) throws IOException {
        if (exists(sha256)) {
            return;
        }
        long length = Files.size(file);
        try {
            s3.putObject(
                    request ->
                            request.bucket(bucket)
                                    .key(PREFIX + sha256)
                                    .contentType(contentType)
                                    .contentLength(length),
                    RequestBody.fromFile(file));
        } catch (S3Exception e) {
            throw new IOException("The media store refused " + sha256 + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        try {
            return s3.getObject(
                    request ->
                            request.bucket(bucket)
                                    .key(PREFIX + sha256)
                                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException(sha256);
        } catch (S3Exception e) {
            throw new IOException("The media store could not read " + sha256, e);
        }
    }

    @Override
    public Optional<Path> localPath(String sha256) {
        return Optional.empty();
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(PREFIX + sha256));
        } catch (S3Exception e) {
            throw new IOException("The media store could not delete " + sha256, e);
        }
    }

    @Override
    public List<Stored> list() throws IOException {
        try {
            return s3
                    .listObjectsV2Paginator(request -> request.bucket(bucket).prefix(PREFIX))
                    .contents()
                    .stream()
                    .filter(object -> MediaNames.isSha256(object.key().substring(PREFIX.length())))
                    .map(
                            object ->
                                    new Stored(
                                            object.key().substring(PREFIX.length()),
                                            object.lastModified()))
                    .toList();
        } catch (S3Exception e) {
            throw new IOException("The media store could not be listed", e);
        }
    }

    @Override
    public boolean has(String sha256) throws IOException {
        return exists(sha256);
    }

    private boolean exists(String sha256) throws IOException {
        try {
            s3.headObject(request -> request.bucket(bucket).key(PREFIX + sha256));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("The media store could not be reached", e);
        }
    }
}
