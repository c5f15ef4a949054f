package quotestance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Makes a run whose tables are complete in {@code runs/<run id>/} the output, in steps that each leave a
 * readable output behind: the run's own manifest, then the one atomic replace of the output's manifest (the
 * commit: before it readers and appends see the old run, after it the new one), then the {@code current}
 * link, then the removal of runs no longer kept. A crash at any step leaves the old run or the new one
 * current, complete; what it leaves besides is removed by the next run ({@link OutputRecovery}).
 */
public final class RunPublisher {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final FileSystem fs;
    private final OutputLayout layout;
    private final OutputLock lock;
    private final PrintStream console;

    public RunPublisher(FileSystem fs, OutputLayout layout, OutputLock lock, PrintStream console) {
        this.fs = fs;
        this.layout = layout;
        this.lock = lock;
        this.console = console;
    }

    /**
     * Publishes the run.
     *
     * @param manifest the run's manifest; the pointer entries ({@code layout}, {@code current}, {@code kept_runs})
     *                 are added here
     * @param keepRuns how many runs stay on disk, the new one included (the one it replaces stays for readers
     *                 still reading it, unless this is 1)
     * @return the manifest as written
     */
    public Map<String, Object> publish(String runId, Map<String, Object> manifest, OutputState before, int keepRuns)
            throws IOException {
        List<String> kept = kept(runId, before, keepRuns);
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        m.put("layout", OutputLayout.VERSION);
        m.put("current", OutputLayout.runFolder(runId));
        m.put("kept_runs", kept.stream().map(OutputLayout::runFolder).toList());
        if (before.kind() == OutputState.Kind.LEGACY && !before.legacyTables().isEmpty()) {
            m.put("legacy_tables", before.legacyTables()); // removed below, or by the next run after a crash
        }
        byte[] bytes = JSON.writeValueAsBytes(m);
        FaultPoints.reach(FaultPoints.TABLES_WRITTEN);
        lock.critical("the run's manifest", () -> {
            try (OutputStream out = fs.create(new Path(layout.run(runId), OutputLayout.MANIFEST), true)) {
                out.write(bytes);
            }
        });
        FaultPoints.reach(FaultPoints.RUN_MANIFEST_WRITTEN);
        lock.critical("the switch of the manifest",
                () -> AtomicFiles.replace(fs, layout.manifest(), bytes, OutputLayout.MANIFEST + ".tmp-" + runId));
        FaultPoints.reach(FaultPoints.MANIFEST_SWITCHED);
        lock.critical("the switch of the current link", () -> switchLink(runId));
        FaultPoints.reach(FaultPoints.LINK_SWITCHED);
        lock.critical("the removal of older runs", () -> prune(before, kept));
        FaultPoints.reach(FaultPoints.PRUNED);
        return m;
    }

    /** The runs to keep, newest first: this one, then those the output kept before, up to {@code keepRuns}. */
    static List<String> kept(String runId, OutputState before, int keepRuns) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(runId);
        ids.addAll(before.keptRuns());
        return new ArrayList<>(ids).subList(0, Math.min(ids.size(), Math.max(1, keepRuns)));
    }

    /**
     * Points {@code current} at the run, by renaming a new link over the old one (one {@code rename(2)}, so a
     * reader resolves the old run or the new one). Only local disks have links; elsewhere readers follow
     * the manifest's {@code current} entry.
     */
    private void switchLink(String runId) throws IOException {
        if (!AtomicFiles.isLocal(fs)) return;
        java.nio.file.Path dir = AtomicFiles.local(layout.dir());
        java.nio.file.Path current = dir.resolve(OutputLayout.CURRENT);
        if (Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current)) {
            console.println("  note: " + current + " is not a link this job made; it is left as it is (read the current"
                    + " tables through " + OutputLayout.MANIFEST + ")");
            return;
        }
        java.nio.file.Path tmp = dir.resolve(".current-" + runId);
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Paths.get(OutputLayout.RUNS, runId));
        Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void prune(OutputState before, List<String> kept) throws IOException {
        for (String run : before.keptRuns()) {
            if (!kept.contains(run)) fs.delete(layout.run(run), true);
        }
        for (String table : before.legacyTables()) fs.delete(new Path(layout.dir(), table), true);
    }
}
