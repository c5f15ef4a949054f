package quotestance.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.Redaction;
import quotestance.UserError;
import quotestance.Versions;

/**
 * The output folder of a run, seen from the job: what it holds, whether a run may write into it, its lock,
 * the clean-up of dead runs, and the run's own folder. The order a run follows: {@link #state}, {@link
 * #refuse}, {@link #claim}, {@link #lock}, then {@link #state} and {@link #refuse} again under the lock,
 * {@link #recover}, write into {@link #runDir}, and {@link #publisher}.
 */
public final class OutputFolder {
    private final FileSystem fs;
    private final OutputLayout layout;

    private OutputFolder(FileSystem fs, OutputLayout layout) {
        this.fs = fs;
        this.layout = layout;
    }

    public static OutputFolder at(Path qualifiedDir, Configuration conf) throws IOException {
        return new OutputFolder(qualifiedDir.getFileSystem(conf), new OutputLayout(qualifiedDir));
    }

    public Path dir() {
        return layout.dir();
    }

    public FileSystem fs() {
        return fs;
    }

    public OutputState state() throws IOException {
        return OutputState.read(fs, layout);
    }

    /** Stops the run (one line, nothing written) when the folder is not the job's, or holds tables {@code --mode error} keeps. */
    public void refuse(OutputState state, boolean replaceOrAppend) {
        if (state.kind() == OutputState.Kind.FOREIGN) {
            throw new UserError("--output " + Redaction.uri(layout.dir().toString()) + " is not empty and is not a quotestance output (it has no "
                    + OutputLayout.MARKER + " marker): choose a new or empty folder; nothing in it was changed");
        }
        if (state.hasTables() && !replaceOrAppend) {
            throw new UserError("output " + Redaction.uri(layout.dir().toString()) + " already holds tables; pass --mode overwrite to replace them"
                    + " or --mode append to add to them");
        }
    }

    /** Creates the folder and its marker (once), so that what the run leaves there is known to be the job's. */
    public void claim(String runId) throws IOException {
        fs.mkdirs(layout.dir());
        if (fs.exists(layout.marker())) return;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", "a quotestance output folder: read the tables through " + OutputLayout.MANIFEST + " ('current') or the "
                + OutputLayout.CURRENT + "/ link");
        m.put("layout", OutputLayout.VERSION);
        m.put("created_at", Instant.now().toString());
        m.put("created_by_run", runId);
        m.put("quotestance", Versions.project());
        AtomicFiles.createNew(fs, layout.marker(), new ObjectMapper().writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
    }

    public OutputLock lock(OutputLock.Request request, PrintStream console) throws IOException {
        return OutputLock.acquire(fs, layout, request, console);
    }

    public void recover(OutputState state, PrintStream console) throws IOException {
        OutputRecovery.clean(fs, layout, state, console);
    }

    /** Where this run writes its tables. */
    public Path runDir(String runId) {
        return layout.run(runId);
    }

    /** Removes the folder of a run that failed before it was published. */
    public void discard(String runId) {
        try {
            fs.delete(layout.run(runId), true);
        } catch (IOException | RuntimeException ignored) {
            // the next run removes it: it is no run the manifest keeps
        }
    }

    public RunPublisher publisher(OutputLock lock, PrintStream console) {
        return new RunPublisher(fs, layout, lock, console);
    }
}
