package dev.blogapi.common.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * PostgreSQL is started through pg_ctl and so is not a child of the JVM: it would keep running if
 * the JVM were killed. A small shell loop, started here, outlives a killed JVM and then stops the
 * server (fast shutdown) within about a second. A clean shutdown stops the loop first.
 */
final class OrphanWatchdog {

    private static final Logger LOG = Logger.getLogger(OrphanWatchdog.class);
    private static final String LOOP =
            "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done;"
                    + " if [ \"$(head -n 1 \"$3/postmaster.pid\" 2>/dev/null)\" = \"$2\" ];"
                    + " then kill -INT \"$2\"; fi";

    private final Process loop;

    private OrphanWatchdog(Process loop) {
        this.loop = loop;
    }

    static OrphanWatchdog watch(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = LeftoverServer.postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return new OrphanWatchdog(null);
        }
        try {
            Process loop =
                    new ProcessBuilder(
                                    "sh",
                                    "-c",
                                    LOOP,
                                    "blog-api-db-watchdog",
                                    String.valueOf(ProcessHandle.current().pid()),
                                    String.valueOf(postmaster.get().pid()),
                                    dataDir.toString())
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            return new OrphanWatchdog(loop);
        } catch (IOException e) {
            LOG.warnf(
                    "No watchdog for the embedded PostgreSQL (%s); after a crash the next start"
                            + " stops the server left behind",
                    e.getMessage());
            return new OrphanWatchdog(null);
        }
    }

    void stop() {
        if (loop != null) {
            loop.destroy();
        }
    }
}
