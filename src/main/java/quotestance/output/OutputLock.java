package quotestance.output;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.Redaction;
import quotestance.UserError;

/**
 * The exclusive lock on an output folder for the length of a run: a file created only if absent, on the
 * output's own filesystem, naming its holder. The holder refreshes its modification time every {@link
 * LockHolder#HEARTBEAT}. A second run waits for it up to {@code --lock-wait} or stops with a message that
 * names the holder; a stale lock (its holder is gone) is broken only with {@code --break-lock}.
 *
 * <p>On Ctrl-C or a SIGTERM the lock is released, but never in the middle of a publish step: {@link
 * #critical} is held across each step, and once the JVM shuts down no further step may begin.
 */
public final class OutputLock implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileSystem fs;
    private final Path file;
    private final LockHolder holder;
    private final ScheduledExecutorService heartbeat;
    private final ReentrantLock critical = new ReentrantLock();
    private final Thread onShutdown;
    private volatile boolean released;

    private OutputLock(FileSystem fs, Path file, LockHolder holder) {
        this.fs = fs;
        this.file = file;
        this.holder = holder;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quotestance-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = LockHolder.HEARTBEAT.toMillis();
        heartbeat.scheduleAtFixedRate(this::refresh, every, every, TimeUnit.MILLISECONDS);
        this.onShutdown = new Thread(this::releaseOnShutdown, "quotestance-lock-release");
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    /** What a run asks of the lock: who it is, how long to wait for another holder, whether to break a stale lock. */
    public record Request(LockHolder holder, Duration maxWait, boolean breakStale) {
    }

    public static OutputLock acquire(FileSystem fs, OutputLayout layout, Request request, PrintStream console) throws IOException {
        Path file = layout.lock();
        byte[] content = JSON.writeValueAsBytes(request.holder().toJson());
        Instant deadline = Instant.now().plus(request.maxWait());
        boolean announced = false;
        while (true) {
            if (AtomicFiles.createNew(fs, file, content)) return new OutputLock(fs, file, request.holder());
            Found found = read(fs, file);
            if (found == null) continue; // released between the two calls: try again
            Optional<String> stale = found.staleness();
            if (stale.isPresent()) {
                if (!request.breakStale()) {
                    throw new UserError("output " + Redaction.uri(layout.dir().toString()) + " is locked by " + found.describe() + ", but the lock is stale: "
                            + stale.get() + ". Pass --break-lock to break it (the next run then cleans up what that run left)");
                }
                console.println("  breaking the stale lock of " + found.describe() + ": " + stale.get());
                breakLock(fs, layout, found, request.holder().runId());
                continue;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new UserError("output " + Redaction.uri(layout.dir().toString()) + " is locked by " + found.describe() + ", which is still running"
                        + (request.breakStale() ? " (--break-lock breaks only the lock of a run that is gone)" : "")
                        + "; wait for it to finish, or pass --lock-wait SECONDS to wait for it");
            }
            if (!announced) {
                console.println("  waiting up to " + request.maxWait().toSeconds() + " s for the lock held by " + found.describe());
                announced = true;
            }
            sleep(Math.min(1000, Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
        }
    }

    /** Runs a step of the publish, unless the JVM is shutting down and has released the lock. */
    public void critical(String step, IoStep body) throws IOException {
        critical.lock();
        try {
            if (released) throw new IOException("the run was stopped before " + step + "; the output is as it was");
            body.run();
        } finally {
            critical.unlock();
        }
    }

    /** One step of the publish. */
    @FunctionalInterface
    public interface IoStep {
        void run() throws IOException;
    }

    public LockHolder holder() {
        return holder;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it releases the lock itself
        }
        release();
    }

    private void releaseOnShutdown() {
        heartbeat.shutdownNow();
        try {
            // a publish step under way finishes first (they take milliseconds); no step starts after this
            if (critical.tryLock(10, TimeUnit.SECONDS)) {
                try {
                    release();
                } finally {
                    critical.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the lock file if it is still this run's (a broken and retaken lock is another run's now). */
    private synchronized void release() {
        if (released) return;
        released = true;
        try {
            Found found = read(fs, file);
            if (found != null && found.holder().map(h -> h.runId().equals(holder.runId())).orElse(false)) fs.delete(file, false);
        } catch (IOException | RuntimeException ignored) {
            // the lock stays behind; the next run sees its holder is gone and names it as stale
        }
    }

    private void refresh() {
        try {
            fs.setTimes(file, System.currentTimeMillis(), -1);
        } catch (IOException | RuntimeException ignored) {
            // a missed refresh matters only after minutes of them
        }
    }

    /**
     * Moves the stale lock aside, checks that what it moved is the lock judged stale (another run may have
     * broken and retaken it meanwhile: then it goes back), and deletes it.
     */
    private static void breakLock(FileSystem fs, OutputLayout layout, Found stale, String runId) throws IOException {
        Path aside = new Path(layout.dir(), OutputLayout.LOCK + ".broken-" + runId);
        if (!fs.rename(layout.lock(), aside)) return; // someone else moved it first
        Found moved = read(fs, aside);
        if (moved != null && !moved.sameAs(stale)) {
            fs.rename(aside, layout.lock());
            return;
        }
        fs.delete(aside, false);
    }

    /** A lock file as read: its holder (empty when unreadable) and when it was last refreshed. */
    private record Found(Optional<LockHolder> holder, Instant refreshed, String raw) {
        Optional<String> staleness() {
            Instant now = Instant.now();
            if (holder.isPresent()) return holder.get().staleness(refreshed, now);
            // a lock this job cannot read (half-written by a crash, or written by hand): by its age only
            Duration age = Duration.between(refreshed, now);
            return age.compareTo(LockHolder.STALE_AFTER) > 0
                    ? Optional.of("the lock file is unreadable and " + age.toMinutes() + " minutes old") : Optional.empty();
        }

        String describe() {
            return holder.map(LockHolder::describe).orElse("an unreadable lock file");
        }

        boolean sameAs(Found other) {
            return raw.equals(other.raw);
        }
    }

    private static Found read(FileSystem fs, Path file) throws IOException {
        FileStatus status;
        byte[] bytes;
        try {
            status = fs.getFileStatus(file);
            bytes = AtomicFiles.readOrNull(fs, file);
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
        if (bytes == null) return null;
        Optional<LockHolder> holder;
        try {
            holder = LockHolder.fromJson(JSON.readValue(bytes, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            holder = Optional.empty();
        }
        return new Found(holder, Instant.ofEpochMilli(status.getModificationTime()), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the output's lock");
        }
    }
}
