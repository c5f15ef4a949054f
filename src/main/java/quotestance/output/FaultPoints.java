package quotestance.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Named points in a run where the fault-injection tests stop the job: with the system property {@value
 * #FREEZE} set to a point's name, the thread that reaches it writes the file named by {@value #SIGNAL} and
 * then waits, until the process is killed or, when {@value #RELEASE} names a file, until that file exists.
 * Without the property a point costs one property lookup.
 */
public final class FaultPoints {
    public static final String FREEZE = "quotestance.fault.freeze";
    public static final String SIGNAL = "quotestance.fault.signal";
    public static final String RELEASE = "quotestance.fault.release";

    /** After the first table is complete in the run's folder, while others are still being written. */
    public static final String FIRST_TABLE_WRITTEN = "write.first-table";
    /** Every table is in the run's folder; nothing outside it has changed yet. */
    public static final String TABLES_WRITTEN = "publish.tables-written";
    /** The run's own manifest is in its folder. */
    public static final String RUN_MANIFEST_WRITTEN = "publish.run-manifest-written";
    /** The output's manifest names the new run: the commit point. */
    public static final String MANIFEST_SWITCHED = "publish.manifest-switched";
    /** The {@code current} link points at the new run. */
    public static final String LINK_SWITCHED = "publish.link-switched";
    /** The runs no longer kept are deleted; only the lock remains to release. */
    public static final String PRUNED = "publish.pruned";

    private FaultPoints() {
    }

    public static void reach(String point) {
        if (!point.equals(System.getProperty(FREEZE))) return;
        String signal = System.getProperty(SIGNAL);
        try {
            if (signal != null) Files.writeString(Paths.get(signal), point);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the fault signal " + signal, e);
        }
        String release = System.getProperty(RELEASE);
        while (release == null || !Files.exists(Paths.get(release))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                // frozen on purpose: only a kill or the release file ends the wait
            }
        }
    }
}
