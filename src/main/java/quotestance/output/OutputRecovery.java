package quotestance.output;

import java.io.IOException;
import java.io.PrintStream;
import java.util.regex.Pattern;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import quotestance.Redaction;

/**
 * Removes what runs that died left behind, before a new run starts (under the lock, so none of it belongs to
 * a live run): run folders no manifest keeps, half-written temporary files and links, the tables an
 * interrupted move from the older layout had still to delete, and the older layout's staging folders.
 * Only names the job itself makes are touched.
 */
public final class OutputRecovery {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TEMPORARY = Pattern.compile(
            "(" + Pattern.quote(OutputLayout.MANIFEST) + "\\.tmp-|\\.current-|" + Pattern.quote(OutputLayout.LOCK) + "\\.broken-)"
                    + UUID.pattern());
    private static final Pattern OLD_STAGING = Pattern.compile("_staging-" + UUID.pattern());
    private static final Pattern OLD_PREVIOUS = Pattern.compile("_previous-" + UUID.pattern());

    private OutputRecovery() {
    }

    public static void clean(FileSystem fs, OutputLayout layout, OutputState state, PrintStream console) throws IOException {
        if (state.kind() != OutputState.Kind.OURS && state.kind() != OutputState.Kind.LEGACY) return;
        for (String name : Children.names(fs, layout.dir())) {
            Path child = new Path(layout.dir(), name);
            if (TEMPORARY.matcher(name).matches() || OLD_STAGING.matcher(name).matches()) {
                Children.delete(fs, child);
            } else if (OLD_PREVIOUS.matcher(name).matches()) {
                // the older layout moved replaced tables here before moving new ones in: after a crash it may
                // hold the only copy of some tables, so it stays for the user to judge
                console.println("  note: " + Redaction.uri(child.toString()) + " holds tables an older version set aside during a run that"
                        + " did not finish; it is left as it is");
            }
        }
        for (String run : state.deadRuns(fs, layout)) {
            console.println("  removing " + OutputLayout.runFolder(run) + ": a run that did not finish");
            fs.delete(layout.run(run), true);
        }
        if (state.kind() == OutputState.Kind.OURS) {
            for (String table : state.legacyTables()) {
                console.println("  removing " + table + "/: a table of the older layout, moved into " + OutputLayout.runFolder(state.currentRun()));
                fs.delete(new Path(layout.dir(), table), true);
            }
        }
    }
}
