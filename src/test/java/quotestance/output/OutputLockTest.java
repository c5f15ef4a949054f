package quotestance.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;

class OutputLockTest {
    @TempDir
    java.nio.file.Path dir;
    FileSystem fs;
    OutputLayout layout;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        fs = FileSystem.getLocal(new Configuration());
        layout = new OutputLayout(fs.makeQualified(new Path(dir.toUri())));
    }

    private OutputLock.Request request(String mode, Duration wait, boolean breakStale) {
        return new OutputLock.Request(LockHolder.self(UUID.randomUUID().toString(), mode), wait, breakStale);
    }

    private OutputLock acquire(OutputLock.Request r) throws Exception {
        return OutputLock.acquire(fs, layout, r, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void theLockFileNamesItsHolderAndGoesWithIt() throws Exception {
        OutputLock.Request r = request("append", Duration.ZERO, false);
        try (OutputLock lock = acquire(r)) {
            var json = new ObjectMapper().readTree(Files.readString(dir.resolve(OutputLayout.LOCK)));
            assertEquals(r.holder().runId(), json.get("run_id").asText());
            assertEquals(ProcessHandle.current().pid(), json.get("pid").asLong());
            assertEquals(LockHolder.hostName(), json.get("host").asText());
            assertEquals("append", json.get("mode").asText());
            assertTrue(json.hasNonNull("started_at") && json.hasNonNull("user"));
        }
        assertFalse(Files.exists(dir.resolve(OutputLayout.LOCK)));
    }

    @Test
    void aSecondRunStopsAtOnceNamingTheHolder() throws Exception {
        OutputLock.Request first = request("append", Duration.ZERO, false);
        try (OutputLock lock = acquire(first)) {
            UserError e = assertThrows(UserError.class, () -> acquire(request("overwrite", Duration.ZERO, false)));
            assertTrue(e.getMessage().contains(first.holder().runId()) && e.getMessage().contains("still running")
                    && e.getMessage().contains("--lock-wait"), e.getMessage());
            // --break-lock never breaks the lock of a run that is alive
            UserError b = assertThrows(UserError.class, () -> acquire(request("overwrite", Duration.ZERO, true)));
            assertTrue(b.getMessage().contains("only the lock of a run that is gone"), b.getMessage());
        }
    }

    @Test
    void aSecondRunWaitsForTheLockWhenAskedTo() throws Exception {
        OutputLock first = acquire(request("append", Duration.ZERO, false));
        CompletableFuture<OutputLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return acquire(request("append", Duration.ofSeconds(30), false));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertFalse(second.isDone(), "the second run waits while the first holds the lock");
        first.close();
        try (OutputLock got = second.get(20, TimeUnit.SECONDS)) {
            assertTrue(console.toString(StandardCharsets.UTF_8).contains("waiting up to 30 s for the lock"));
        }
    }

    @Test
    void aLockOfADeadProcessIsStaleAndBrokenOnlyOnRequest() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockHolder dead = new LockHolder(UUID.randomUUID().toString(), "append", "someone", LockHolder.hostName(), gone.pid(),
                null, Instant.now().minusSeconds(60));
        Files.writeString(dir.resolve(OutputLayout.LOCK), new ObjectMapper().writeValueAsString(dead.toJson()));

        UserError e = assertThrows(UserError.class, () -> acquire(request("append", Duration.ofSeconds(5), false)));
        assertTrue(e.getMessage().contains("stale") && e.getMessage().contains("is not running")
                && e.getMessage().contains("--break-lock"), e.getMessage());
        assertTrue(Files.readString(dir.resolve(OutputLayout.LOCK)).contains(dead.runId()), "left as it was");

        OutputLock.Request r = request("append", Duration.ZERO, true);
        try (OutputLock lock = acquire(r)) {
            assertTrue(Files.readString(dir.resolve(OutputLayout.LOCK)).contains(r.holder().runId()));
            assertTrue(console.toString(StandardCharsets.UTF_8).contains("breaking the stale lock"));
        }
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count(), "nothing left of either lock");
        }
    }

    @Test
    void aLockOfAnotherHostIsStaleOnlyOnceItsHeartbeatStopped() throws Exception {
        LockHolder remote = new LockHolder(UUID.randomUUID().toString(), "overwrite", "someone", "another-host.example", 4242,
                null, Instant.now().minus(Duration.ofHours(3)));
        java.nio.file.Path lockFile = dir.resolve(OutputLayout.LOCK);
        Files.writeString(lockFile, new ObjectMapper().writeValueAsString(remote.toJson()));
        // refreshed a minute ago: its holder still runs, however long ago it started
        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minusSeconds(60)));
        assertThrows(UserError.class, () -> acquire(request("append", Duration.ZERO, true)));
        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(LockHolder.STALE_AFTER).minusSeconds(60)));
        UserError e = assertThrows(UserError.class, () -> acquire(request("append", Duration.ZERO, false)));
        assertTrue(e.getMessage().contains("has not refreshed it"), e.getMessage());
        try (OutputLock lock = acquire(request("append", Duration.ZERO, true))) {
            assertFalse(Files.readString(lockFile).contains("another-host.example"));
        }
    }

    @Test
    void anUnreadableLockCountsByItsAge() throws Exception {
        java.nio.file.Path lockFile = dir.resolve(OutputLayout.LOCK);
        Files.writeString(lockFile, "{\"run_id\": ");
        assertThrows(UserError.class, () -> acquire(request("append", Duration.ZERO, true)), "a fresh unreadable lock may be half-written");
        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(LockHolder.STALE_AFTER).minusSeconds(60)));
        try (OutputLock lock = acquire(request("append", Duration.ZERO, true))) {
            assertTrue(Files.readString(lockFile).contains("\"pid\""));
        }
    }

    @Test
    void aBrokenAndRetakenLockIsNotDeletedByItsFormerHolder() throws Exception {
        OutputLock first = acquire(request("append", Duration.ZERO, false));
        java.nio.file.Path lockFile = dir.resolve(OutputLayout.LOCK);
        LockHolder other = LockHolder.self(UUID.randomUUID().toString(), "overwrite");
        Files.writeString(lockFile, new ObjectMapper().writeValueAsString(other.toJson()));
        first.close();
        assertTrue(Files.readString(lockFile).contains(other.runId()), "the other run's lock stays");
    }

    @Test
    void noPublishStepRunsOnceTheLockIsReleased() throws Exception {
        OutputLock lock = acquire(request("append", Duration.ZERO, false));
        boolean[] ran = {false};
        lock.critical("a step", () -> ran[0] = true);
        assertTrue(ran[0]);
        lock.close();
        assertThrows(java.io.IOException.class, () -> lock.critical("a step", () -> { }));
    }
}
