package quotestance.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.Redaction;
import quotestance.UserError;

/**
 * What an output folder holds before a run touches it.
 *
 * @param manifest   the current manifest (null when there is none)
 * @param currentRun the run whose tables are the output (null for none or for the older layout)
 * @param keptRuns   the runs the manifest keeps, current first: only these folders under {@code runs/} are live
 * @param tablesDir  where the current tables are: {@code runs/<current>}, the folder itself for the older
 *                   layout, or null when the output holds no tables yet
 * @param legacyTables the tables of the older layout, at the top of the folder (empty for the current layout)
 */
public record OutputState(Kind kind, Map<String, Object> manifest, String currentRun, List<String> keptRuns,
                          Path tablesDir, List<String> legacyTables) {
    public enum Kind {
        /** No such folder yet. */
        ABSENT,
        /** A folder with nothing in it (hidden entries aside). */
        EMPTY,
        /** The job's folder: it holds the marker. */
        OURS,
        /** Tables and a manifest written before the marker and run folders existed. */
        LEGACY,
        /** A folder with content the job did not write: never written into. */
        FOREIGN
    }

    public boolean hasTables() {
        return tablesDir != null;
    }

    /** True when the manifest names this run as the output's current one. */
    public boolean currentRunIs(String runId) {
        return runId.equals(currentRun);
    }

    /** Reads the folder: its marker, its manifest, and whether anything else is there. */
    public static OutputState read(FileSystem fs, OutputLayout layout) throws IOException {
        Path dir = layout.dir();
        if (!fs.exists(dir)) return empty(Kind.ABSENT);
        if (!fs.getFileStatus(dir).isDirectory()) throw new UserError("--output " + Redaction.uri(dir.toString()) + " is a file, not a folder");
        boolean marked = fs.exists(layout.marker());
        Map<String, Object> manifest = readManifest(fs, layout.manifest(), marked);
        if (manifest != null && manifest.get("current") != null) {
            String current = OutputLayout.runIdOf(manifest.get("current"));
            if (current == null) {
                throw new UserError("the manifest " + Redaction.uri(layout.manifest().toString()) + " names no run folder (current: " + manifest.get("current")
                        + "); nothing was changed");
            }
            List<String> kept = new ArrayList<>();
            kept.add(current);
            if (manifest.get("kept_runs") instanceof List<?> l) {
                for (Object o : l) {
                    String id = OutputLayout.runIdOf(o);
                    if (id != null && !kept.contains(id)) kept.add(id);
                }
            }
            return new OutputState(Kind.OURS, manifest, current, List.copyOf(kept), layout.run(current), legacyTables(manifest, fs, dir));
        }
        if (manifest != null && manifest.get("tables") instanceof Map<?, ?>) {
            List<String> tables = legacyTables(manifest, fs, dir);
            return new OutputState(Kind.LEGACY, manifest, null, List.of(), tables.isEmpty() ? null : dir, tables);
        }
        if (marked) return new OutputState(Kind.OURS, null, null, List.of(), null, List.of());
        for (String name : Children.names(fs, dir)) {
            if (!name.startsWith(".")) return empty(Kind.FOREIGN);
        }
        return empty(Kind.EMPTY);
    }

    private static OutputState empty(Kind kind) {
        return new OutputState(kind, null, null, List.of(), null, List.of());
    }

    /** The manifest, or null when there is none; a broken manifest of a marked folder stops the run. */
    private static Map<String, Object> readManifest(FileSystem fs, Path file, boolean marked) throws IOException {
        byte[] bytes = AtomicFiles.readOrNull(fs, file);
        if (bytes == null) return null;
        try {
            return new ObjectMapper().readValue(bytes, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            if (!marked) return null; // not ours to judge: the folder counts as foreign
            throw new UserError("cannot read " + Redaction.uri(file.toString()) + " (" + firstLine(e.getMessage()) + "); nothing was changed: repair it or"
                    + " restore it from runs/<run id>/" + OutputLayout.MANIFEST);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Tables at the top of the folder that the manifest lists: the older layout's tables, or those a move to
     * the run layout has still to remove ({@code legacy_tables}).
     */
    private static List<String> legacyTables(Map<String, Object> manifest, FileSystem fs, Path dir) throws IOException {
        Object names = manifest.get("current") == null ? manifest.get("tables") : manifest.get("legacy_tables");
        Iterable<?> list = names instanceof Map<?, ?> m ? m.keySet() : names instanceof List<?> l ? l : List.of();
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof String t && t.matches("[a-z_]+") && fs.isDirectory(new Path(dir, t))) out.add(t);
        }
        return List.copyOf(out);
    }

    /** The run folders the output has under {@code runs/} that no manifest keeps: runs that did not finish. */
    public List<String> deadRuns(FileSystem fs, OutputLayout layout) throws IOException {
        if (!fs.exists(layout.runs())) return List.of();
        List<String> dead = new ArrayList<>();
        for (FileStatus child : fs.listStatus(layout.runs())) {
            String name = child.getPath().getName();
            if (child.isDirectory() && OutputLayout.isRunId(name) && !keptRuns.contains(name)) dead.add(name);
        }
        dead.sort(null);
        return dead;
    }
}
