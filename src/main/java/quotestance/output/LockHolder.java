package quotestance.output;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds an output's lock, as the lock file says: the run, the user, the host and process, and when it
 * started. A lock is stale when its holder is known to be gone: on this host, when no process with its pid
 * (and start time) runs; on another host, when the holder has not refreshed the lock for {@link #STALE_AFTER}.
 */
public record LockHolder(String runId, String mode, String user, String host, long pid, Instant processStartedAt,
                         Instant startedAt) {
    /** How often a holder refreshes its lock's modification time. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** How long a lock of another host may go unrefreshed before it counts as stale. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** This process, about to run in {@code mode}. */
    public static LockHolder self(String runId, String mode) {
        ProcessHandle me = ProcessHandle.current();
        return new LockHolder(runId, mode, System.getProperty("user.name", "?"), hostName(), me.pid(),
                me.info().startInstant().orElse(null), Instant.now());
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "unknown-host" : env;
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("mode", mode);
        m.put("user", user);
        m.put("host", host);
        m.put("pid", pid);
        m.put("process_started_at", processStartedAt == null ? null : processStartedAt.toString());
        m.put("started_at", startedAt.toString());
        m.put("heartbeat_seconds", HEARTBEAT.toSeconds());
        return m;
    }

    /** The holder a lock file names, or empty when the file is not a lock this job wrote. */
    public static Optional<LockHolder> fromJson(Map<String, Object> m) {
        try {
            Object pid = m.get("pid");
            return Optional.of(new LockHolder(String.valueOf(m.get("run_id")), String.valueOf(m.get("mode")),
                    String.valueOf(m.get("user")), String.valueOf(m.get("host")),
                    pid instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(pid)),
                    m.get("process_started_at") == null ? null : Instant.parse(m.get("process_started_at").toString()),
                    Instant.parse(String.valueOf(m.get("started_at")))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why the holder is gone, or empty when it may still be running. */
    public Optional<String> staleness(Instant lastRefresh, Instant now) {
        if (host.equals(hostName())) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) return Optional.of("process " + pid + " on " + host + " is not running");
            Optional<Instant> started = p.get().info().startInstant();
            if (processStartedAt != null && started.isPresent()
                    && Duration.between(processStartedAt, started.get()).abs().compareTo(Duration.ofSeconds(2)) > 0) {
                return Optional.of("process " + pid + " on " + host + " is another program now (started " + started.get() + ")");
            }
            return Optional.empty();
        }
        Duration silent = Duration.between(lastRefresh, now);
        if (silent.compareTo(STALE_AFTER) > 0) {
            return Optional.of("its holder on " + host + " has not refreshed it for " + silent.toMinutes() + " minutes");
        }
        return Optional.empty();
    }

    /** One line for messages: the run, the mode, the process and when it began. */
    public String describe() {
        return "run " + runId + " (" + mode + ", user " + user + ", pid " + pid + " on " + host + ", started " + startedAt + ")";
    }
}
