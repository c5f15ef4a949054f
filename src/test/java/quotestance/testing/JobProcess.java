package quotestance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The job as a user runs it, in a JVM of its own (jobs/run-local.sh from the project root), so that a test can
 * kill it: output to a log file, with extra JVM options (QS_JAVA_OPTS) such as a fault point.
 */
public final class JobProcess {
    private final Process process;
    private final Path log;

    private JobProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code jobs/run-local.sh run-options...}; {@code javaOptions} go to the job's JVM. */
    public static JobProcess start(Path log, List<String> javaOptions, String... runOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("jobs/run-local.sh"));
        command.addAll(List.of(runOptions));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("QS_DRIVER_MEMORY", "1g");
        env.put("QS_JAVA_OPTS", String.join(" ", javaOptions));
        return new JobProcess(pb.start(), log);
    }

    /** Runs to the end (at most 5 minutes) and returns the exit code. */
    public static int run(Path log, List<String> javaOptions, String... runOptions) throws IOException, InterruptedException {
        return start(log, javaOptions, runOptions).waitFor();
    }

    public int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the job did not finish in 5 minutes; log:\n" + log());
        }
        return process.exitValue();
    }

    /** kill -9: the JVM gets no chance to clean up, as when a machine or the OOM killer ends it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM (what Ctrl-C, a scheduler or a service manager sends): the JVM runs its shutdown hooks. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) throw new AssertionError("the job did not stop on SIGTERM; log:\n" + log());
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(the log " + log + " cannot be read: " + e.getMessage() + ")";
        }
    }

    /** Waits until the file exists or the log holds the text; fails when the job ends first or after 4 minutes. */
    public void awaitFile(Path file) throws Exception {
        awaitCondition(() -> Files.exists(file), file.toString());
    }

    public void awaitLog(String text) throws Exception {
        awaitCondition(() -> log().contains(text), "'" + text + "' in the log");
    }

    private void awaitCondition(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!check.holds()) {
            if (!process.isAlive()) throw new AssertionError("the job ended (exit " + process.exitValue() + ") before " + what + "; log:\n" + log());
            if (System.nanoTime() > deadline) throw new AssertionError("no " + what + " after 4 minutes; log:\n" + log());
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** The JVM options that freeze the job at a fault point, signal it, and (when given) release it. */
    public static List<String> freezeAt(String point, Path signal, Path release) {
        List<String> o = new ArrayList<>(List.of("-Dquotestance.fault.freeze=" + point, "-Dquotestance.fault.signal=" + signal));
        if (release != null) o.add("-Dquotestance.fault.release=" + release);
        return o;
    }
}
