package dev.blogapi.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL still running on our data directory after the java process that started it died
 * (kill -9, OOM killer): it holds {@code postmaster.pid}, so a new server could not start.
 */
final class LeftoverServer {

    private static final Logger LOG = Logger.getLogger(LeftoverServer.class);

    private LeftoverServer() {}

    /** Stops the server named by {@code postmaster.pid} in {@code dataDir}, if it still runs. */
    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = postmaster(dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle server = leftover.get();
        LOG.warnf(
                "Found PostgreSQL (pid %d) left running on %s by an earlier run; stopping it",
                server.pid(), dataDir);
        // SIGTERM is PostgreSQL's "smart" shutdown: the dead run's sessions are already gone.
        server.destroy();
        if (!awaitExit(server, 30)) {
            server.destroyForcibly();
            if (!awaitExit(server, 10)) {
                throw new IOException(
                        "PostgreSQL (pid "
                                + server.pid()
                                + ") on "
                                + dataDir
                                + " does not stop; stop it by hand and start again");
            }
        }
    }

    /** The live postmaster of {@code dataDir}, if {@code postmaster.pid} names one. */
    static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A stale file may name a pid since reused by an unrelated process: only a postgres counts.
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(
                        process ->
                                process.info()
                                        .command()
                                        .map(command -> command.endsWith("postgres"))
                                        .orElse(false));
    }

    private static boolean awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
