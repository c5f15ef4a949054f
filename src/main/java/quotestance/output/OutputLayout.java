package quotestance.output;

import java.util.regex.Pattern;

import org.apache.hadoop.fs.Path;

/**
 * Where things live in an output folder. The folder is the job's only when it holds {@link #MARKER}; each
 * run writes its tables into {@code runs/<run id>/} and becomes the output by one atomic replace of
 * {@link #MANIFEST}, whose {@code current} entry names that folder; on a local disk {@code current} is also a
 * symbolic link to it, switched by one rename. Nothing else in the folder is touched, ever.
 */
public record OutputLayout(Path dir) {
    public static final String MARKER = "_quotestance";
    public static final String MANIFEST = "_manifest.json";
    public static final String LOCK = "_lock";
    public static final String RUNS = "runs";
    public static final String CURRENT = "current";
    /** The layout this version writes; written outputs before it had their tables at the top. */
    public static final int VERSION = 2;

    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public static boolean isRunId(String name) {
        return RUN_ID.matcher(name).matches();
    }

    /** The manifest's name for a run's folder, relative to the output: {@code runs/<run id>}. */
    public static String runFolder(String runId) {
        return RUNS + "/" + runId;
    }

    /** The run id of a manifest's folder entry, or null when it is not of the form {@code runs/<run id>}. */
    public static String runIdOf(Object folder) {
        if (!(folder instanceof String s) || !s.startsWith(RUNS + "/")) return null;
        String id = s.substring(RUNS.length() + 1);
        return isRunId(id) ? id : null;
    }

    public Path marker() {
        return new Path(dir, MARKER);
    }

    public Path manifest() {
        return new Path(dir, MANIFEST);
    }

    public Path lock() {
        return new Path(dir, LOCK);
    }

    public Path runs() {
        return new Path(dir, RUNS);
    }

    public Path run(String runId) {
        return new Path(runs(), runId);
    }

    public Path current() {
        return new Path(dir, CURRENT);
    }
}
