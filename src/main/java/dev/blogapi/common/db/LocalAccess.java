package dev.blogapi.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Who may connect to the embedded server: only clients on loopback that know its password. The
 * password is random, made at first start and kept owner-only beside the data directory.
 */
final class LocalAccess {

    static final String PASSWORD_FILE = "postgres.password";
    private static final String HBA =
            """
            # Written by blog-api at every start: loopback only, SCRAM password required.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private LocalAccess() {}

    /** The server's password, made (owner read/write only) on the first start. */
    static String passwordIn(Path blogDir) throws IOException {
        Path file = blogDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Files.createDirectories(blogDir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createFile(
                file,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n");
        return password;
    }

    /**
     * Sets the password and requires it from now on. The library creates a cluster that trusts
     * every local connection, so the first start connects without it and closes that door.
     */
    static void requirePassword(EmbeddedPostgres postgres, Path dataDir, String password)
            throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password '" + password + "'");
            Path hba = dataDir.resolve("pg_hba.conf");
            if (!HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, HBA);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException(
                    "Could not secure the embedded PostgreSQL in "
                            + dataDir
                            + " (is "
                            + PASSWORD_FILE
                            + " the one it was created with?): "
                            + e.getMessage(),
                    e);
        }
    }
}
