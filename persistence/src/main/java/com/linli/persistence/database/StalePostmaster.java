package com.linli.persistence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a child process. When the JVM is killed hard it stays behind,
 * holding the data directory; the next start shuts it down cleanly before starting a fresh one.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        var postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier start", postmaster.get().pid(), dataDir);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The PostgreSQL left running on " + dataDir + " did not stop; stop it and retry", e);
        }
    }
}
