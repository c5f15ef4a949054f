package quotestance.spark;

import java.time.Duration;

import quotestance.UserError;

/**
 * How a run treats its output folder beyond {@link WriteMode}: how many runs stay on disk (the one a run
 * replaces stays for readers still reading it), how long to wait for another run's lock, and whether to
 * break a lock whose holder is gone.
 */
public record OutputPolicy(int keepRuns, Duration lockWait, boolean breakLock) {
    public static final int DEFAULT_KEEP_RUNS = 2;
    public static final OutputPolicy DEFAULT = new OutputPolicy(DEFAULT_KEEP_RUNS, Duration.ZERO, false);

    public OutputPolicy {
        if (keepRuns < 1) throw new UserError("--keep-runs must be at least 1 (the run being written)");
        if (lockWait == null || lockWait.isNegative()) throw new UserError("--lock-wait must be 0 or more seconds");
    }
}
