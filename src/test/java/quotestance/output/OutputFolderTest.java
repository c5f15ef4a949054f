package quotestance.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;

/** The folder's states, the publish of a run and the clean-up after dead runs, on plain files (no Spark). */
class OutputFolderTest {
    @TempDir
    java.nio.file.Path dir;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    private OutputFolder folder(java.nio.file.Path p) throws Exception {
        return OutputFolder.at(new Path(p.toUri()), new Configuration());
    }

    /** Writes a fake run's "tables" and publishes it, as the job does around its Spark work. */
    private String publishRun(OutputFolder f, int keep) throws Exception {
        String runId = UUID.randomUUID().toString();
        f.refuse(f.state(), true);
        f.claim(runId);
        try (OutputLock lock = f.lock(new OutputLock.Request(LockHolder.self(runId, "overwrite"), Duration.ZERO, false), out)) {
            OutputState state = f.state();
            f.recover(state, out);
            java.nio.file.Path table = java.nio.file.Path.of(f.runDir(runId).toUri()).resolve("articles");
            Files.createDirectories(table);
            Files.writeString(table.resolve("part-0.parquet"), runId);
            f.publisher(lock, out).publish(runId, Map.of("run_id", runId), state, keep);
        }
        return runId;
    }

    @Test
    void aRunIsPublishedByItsManifestAndTheCurrentLink() throws Exception {
        OutputFolder f = folder(dir.resolve("out"));
        assertEquals(OutputState.Kind.ABSENT, f.state().kind());
        String first = publishRun(f, 2);
        java.nio.file.Path o = dir.resolve("out");
        assertTrue(Files.exists(o.resolve(OutputLayout.MARKER)));
        var manifest = new ObjectMapper().readTree(o.resolve(OutputLayout.MANIFEST).toFile());
        assertEquals("runs/" + first, manifest.get("current").asText());
        assertEquals(OutputLayout.VERSION, manifest.get("layout").asInt());
        assertEquals(first, Files.readString(o.resolve("current/articles/part-0.parquet")));
        assertEquals(first, new ObjectMapper().readTree(o.resolve("current/_manifest.json").toFile()).get("run_id").asText());

        String second = publishRun(f, 2);
        assertEquals(second, Files.readString(o.resolve("current/articles/part-0.parquet")));
        assertTrue(Files.exists(o.resolve("runs/" + first)), "the replaced run stays for readers still reading it");
        String third = publishRun(f, 2);
        assertFalse(Files.exists(o.resolve("runs/" + first)), "only two runs are kept");
        assertEquals(List.of(second, third), runs(o));
        publishRun(f, 1);
        assertEquals(1, runs(o).size());
        assertFalse(Files.exists(o.resolve(OutputLayout.LOCK)));
    }

    private static List<String> runs(java.nio.file.Path o) throws Exception {
        try (var s = Files.list(o.resolve("runs"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream()
                    .sorted((a, b) -> {
                        try {
                            return Files.getLastModifiedTime(o.resolve("runs/" + a)).compareTo(Files.getLastModifiedTime(o.resolve("runs/" + b)));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }

    @Test
    void aFolderWithContentOfItsOwnIsNeverWrittenInto() throws Exception {
        java.nio.file.Path proj = dir.resolve("proj");
        Files.createDirectories(proj.resolve("articles"));
        Files.writeString(proj.resolve("articles/corpus.jsonl"), "{}");
        OutputFolder f = folder(proj);
        assertEquals(OutputState.Kind.FOREIGN, f.state().kind());
        UserError e = assertThrows(UserError.class, () -> f.refuse(f.state(), true));
        assertTrue(e.getMessage().contains("is not a quotestance output"), e.getMessage());
        // hidden entries (.DS_Store, an editor's files) do not make a folder foreign
        java.nio.file.Path hidden = dir.resolve("hidden");
        Files.createDirectories(hidden);
        Files.writeString(hidden.resolve(".DS_Store"), "x");
        assertEquals(OutputState.Kind.EMPTY, folder(hidden).state().kind());
    }

    @Test
    void modeErrorRefusesAnOutputWithTables() throws Exception {
        OutputFolder f = folder(dir.resolve("out"));
        publishRun(f, 2);
        UserError e = assertThrows(UserError.class, () -> f.refuse(f.state(), false));
        assertTrue(e.getMessage().contains("--mode overwrite"), e.getMessage());
    }

    @Test
    void theNextRunRemovesWhatDeadRunsLeftAndNothingElse() throws Exception {
        OutputFolder f = folder(dir.resolve("out"));
        String kept = publishRun(f, 2);
        java.nio.file.Path o = dir.resolve("out");
        String dead = UUID.randomUUID().toString();
        Files.createDirectories(o.resolve("runs/" + dead + "/articles"));               // a run killed while writing
        Files.writeString(o.resolve("_manifest.json.tmp-" + dead), "{");                  // killed while switching
        Files.createSymbolicLink(o.resolve(".current-" + dead), java.nio.file.Path.of("runs", dead)); // and its link
        Files.createDirectories(o.resolve("_staging-" + dead + "/quotes"));              // the older layout's staging
        Files.createDirectories(o.resolve("runs/my-notes"));                              // the user's own
        Files.writeString(o.resolve("README.txt"), "mine");
        Files.createDirectories(o.resolve("articles-backup"));

        String next = publishRun(f, 2);
        assertFalse(Files.exists(o.resolve("runs/" + dead)));
        assertFalse(Files.exists(o.resolve("_manifest.json.tmp-" + dead)));
        assertFalse(Files.exists(o.resolve(".current-" + dead), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(o.resolve("_staging-" + dead)));
        assertTrue(Files.exists(o.resolve("runs/" + kept)) && Files.exists(o.resolve("runs/" + next)));
        assertTrue(Files.exists(o.resolve("runs/my-notes")) && Files.exists(o.resolve("README.txt"))
                && Files.exists(o.resolve("articles-backup")), "content the job did not write stays");
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("runs/" + dead + ": a run that did not finish"));
    }

    @Test
    void aBrokenManifestStopsTheRunWithoutRemovingAnything() throws Exception {
        OutputFolder f = folder(dir.resolve("out"));
        String run = publishRun(f, 2);
        java.nio.file.Path o = dir.resolve("out");
        Files.writeString(o.resolve(OutputLayout.MANIFEST), "{ not json");
        UserError e = assertThrows(UserError.class, f::state);
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertTrue(Files.exists(o.resolve("runs/" + run + "/articles/part-0.parquet")));
    }

    @Test
    void theOlderLayoutIsReadAsLegacyAndItsTablesAreRemovedOnceARunIsPublished() throws Exception {
        java.nio.file.Path o = dir.resolve("old");
        Files.createDirectories(o.resolve("articles"));
        Files.createDirectories(o.resolve("quotes"));
        Files.createDirectories(o.resolve("notes"));
        Files.writeString(o.resolve(OutputLayout.MANIFEST), "{\"run_id\": \"x\", \"tables\": {\"articles\": 3, \"quotes\": 1}}");
        OutputFolder f = folder(o);
        OutputState s = f.state();
        assertEquals(OutputState.Kind.LEGACY, s.kind());
        assertEquals(List.of("articles", "quotes"), s.legacyTables());
        assertEquals(f.dir(), s.tablesDir());
        publishRun(f, 2);
        assertFalse(Files.exists(o.resolve("articles")) || Files.exists(o.resolve("quotes")));
        assertTrue(Files.exists(o.resolve("notes")), "a folder the old manifest does not list is not the job's");
        assertEquals(OutputState.Kind.OURS, f.state().kind());
    }

    @Test
    void guardRefusesRootHomeAndInputs() throws Exception {
        Configuration conf = new Configuration();
        java.nio.file.Path corpus = dir.resolve("proj/articles");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("corpus.jsonl"), "{}");
        String file = new Path(corpus.resolve("corpus.jsonl").toUri()).toString();
        java.nio.file.Path link = dir.resolve("link-to-proj");
        Files.createSymbolicLink(link, dir.resolve("proj"));
        Object[][] refused = {
                {"/", "root of its filesystem"},
                {System.getProperty("user.home"), "home folder"},
                {dir.resolve("proj").toString(), "holds the input"},
                {corpus.toString(), "is the input"},
                {corpus.resolve("out").toString(), "inside the input"},
                {link.toString(), "holds the input"},
        };
        for (Object[] r : refused) {
            Path out = org.apache.hadoop.fs.FileSystem.getLocal(conf).makeQualified(new Path((String) r[0]));
            UserError e = assertThrows(UserError.class, () -> OutputGuard.check(out, List.of(corpus.toString()), List.of(file), conf),
                    (String) r[0]);
            assertTrue(e.getMessage().contains((String) r[1]), r[0] + ": " + e.getMessage());
        }
        // a glob input is compared by its folder part; the files it matched count too
        Path beside = org.apache.hadoop.fs.FileSystem.getLocal(conf).makeQualified(new Path(dir.resolve("proj/out").toUri()));
        OutputGuard.check(beside, List.of(corpus + "/*.jsonl"), List.of(file), conf);
        Path holding = org.apache.hadoop.fs.FileSystem.getLocal(conf).makeQualified(new Path(dir.resolve("proj").toUri()));
        assertThrows(UserError.class, () -> OutputGuard.check(holding, List.of(dir.resolve("proj/art*").toString()), List.of(file), conf));
        assertEquals(dir.resolve("proj").toString(), OutputGuard.literalPart(dir.resolve("proj/art*/x.jsonl").toString()));
    }
}
