package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quotestance.output.FaultPoints;
import quotestance.testing.DuckDb;
import quotestance.testing.JobProcess;

/**
 * Faults a user's data must survive, with the job in a JVM of its own as a user runs it: killed (kill -9) at
 * every step of writing and publishing a run, two runs on one output at once, a reader reading while a run
 * replaces the output, a full disk. Each time DuckDB must read exactly one run's tables, and what a later
 * run gives must equal what it gives without the fault. (An executor killed mid-run on a cluster is in
 * {@link LocalClusterIT}.)
 */
class FaultsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE = 38;

    @TempDir
    static Path dir;
    static Path inputB;
    static Path base;      // the sample, published: what every fault starts from
    static Path reference; // the sample with B appended, without any fault

    /** Jobs a test started: a test that fails half-way must not leave a frozen job behind. */
    private final List<JobProcess> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (JobProcess p : started) if (p.isAlive()) p.kill();
    }

    private JobProcess start(String log, List<String> javaOptions, String... runOptions) throws IOException {
        JobProcess p = JobProcess.start(dir.resolve(log), javaOptions, runOptions);
        started.add(p);
        return p;
    }

    @BeforeAll
    static void baseAndReference() throws Exception {
        inputB = renamed("b", dir.resolve("b.jsonl"));
        base = dir.resolve("base");
        assertEquals(0, JobProcess.run(dir.resolve("base.log"), List.of(), "--input", "data/sample", "--output", base.toString()),
                () -> log("base.log"));
        reference = copy(base, dir.resolve("reference"));
        assertEquals(0, append(reference, inputB, "reference.log"), () -> log("reference.log"));
    }

    /** The sample's articles under new ids (prefix-...): a second batch to append. */
    static Path renamed(String prefix, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/sample/articles.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            ObjectNode n = (ObjectNode) JSON.readTree(line);
            n.put("id", prefix + "-" + n.get("id").asText());
            lines.add(JSON.writeValueAsString(n));
        }
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static int append(Path out, Path input, String log, String... more) throws Exception {
        return JobProcess.run(dir.resolve(log), List.of(), options(out, input, "append", more));
    }

    private static String[] options(Path out, Path input, String mode, String... more) {
        List<String> o = new ArrayList<>(List.of("--input", input.toString(), "--output", out.toString(), "--mode", mode));
        o.addAll(List.of(more));
        return o.toArray(String[]::new);
    }

    private static String log(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return "(no log " + name + ")";
        }
    }

    /** A copy of an output folder, links copied as links. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) Files.createSymbolicLink(t, Files.readSymbolicLink(p));
                else if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
        return to;
    }

    /**
     * Both ways of reading the output (the manifest's run folder, and the current/ link) give one run's
     * tables, complete: each table has the rows that run's own manifest counts, and every sentence, quote and
     * stance belongs to one of its articles. Returns the articles each way sees.
     */
    static long[] assertOneRun(Path out) throws Exception {
        Path byManifest = DuckDb.currentRun(out);
        Path byLink = out.resolve("current").toRealPath();
        long[] articles = new long[2];
        int i = 0;
        for (Path run : List.of(byManifest, byLink)) {
            JsonNode m = JSON.readTree(run.resolve("_manifest.json").toFile());
            try (DuckDb db = DuckDb.ofRunFolder(run, AppendModeTest.TABLES)) {
                for (String t : OutputTables.NAMES) {
                    assertEquals(m.get("tables").get(t).asLong(), db.count("SELECT count(*) FROM " + t), t + " of " + run);
                }
                for (String t : List.of("sentences", "quotes", "stances", "party_mentions")) {
                    assertEquals(0, db.count("SELECT count(*) FROM " + t + " WHERE article_id NOT IN (SELECT article_id FROM articles)"),
                            t + " rows of articles " + run + " does not hold");
                }
                articles[i++] = db.count("SELECT count(*) FROM articles");
            }
        }
        return articles;
    }

    private static void assertSameAsReference(Path out) throws Exception {
        try (DuckDb e = new DuckDb(reference, AppendModeTest.TABLES); DuckDb a = new DuckDb(out, AppendModeTest.TABLES)) {
            for (String q : AppendModeTest.SAME) assertEquals(e.rows(q), a.rows(q), q);
        }
    }

    /** Nothing of a dead run is left: no lock, no temporary file, only the runs the manifest keeps. */
    private static void assertClean(Path out) throws Exception {
        JsonNode m = JSON.readTree(out.resolve("_manifest.json").toFile());
        List<String> kept = new ArrayList<>();
        m.get("kept_runs").forEach(k -> kept.add(k.asText()));
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(kept.stream().sorted().toList(), runs.map(p -> "runs/" + p.getFileName()).sorted().toList());
        }
        try (Stream<Path> top = Files.list(out)) {
            assertEquals(List.of("_manifest.json", "_quotestance", "current", "runs"),
                    top.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FaultPoints.FIRST_TABLE_WRITTEN, FaultPoints.TABLES_WRITTEN, FaultPoints.RUN_MANIFEST_WRITTEN,
            FaultPoints.MANIFEST_SWITCHED, FaultPoints.LINK_SWITCHED, FaultPoints.PRUNED})
    void aKillAtAnyStepLeavesOneRunsTablesAndTheNextRunFinishesTheJob(String point) throws Exception {
        Path out = copy(base, dir.resolve("kill-" + point));
        Path signal = dir.resolve(point + ".reached");
        JobProcess job = start("kill-" + point + ".log", JobProcess.freezeAt(point, signal, null),
                options(out, inputB, "append"));
        job.awaitFile(signal);
        job.kill();

        long[] seen = assertOneRun(out);
        boolean committed = List.of(FaultPoints.MANIFEST_SWITCHED, FaultPoints.LINK_SWITCHED, FaultPoints.PRUNED).contains(point);
        boolean linked = List.of(FaultPoints.LINK_SWITCHED, FaultPoints.PRUNED).contains(point);
        assertEquals(committed ? 2 * SAMPLE : SAMPLE, seen[0], "articles by the manifest");
        assertEquals(linked ? 2 * SAMPLE : SAMPLE, seen[1], "articles by the current/ link");
        assertTrue(Files.exists(out.resolve("_lock")), "kill -9 leaves the lock behind");

        if (point.equals(FaultPoints.TABLES_WRITTEN)) { // the lock of a killed run is broken only on request
            assertEquals(2, append(out, inputB, "stale-" + point + ".log"));
            String err = log("stale-" + point + ".log");
            assertTrue(err.contains("the lock is stale") && err.contains("is not running") && err.contains("--break-lock"), err);
        }
        assertEquals(0, append(out, inputB, "rerun-" + point + ".log", "--break-lock"), () -> log("rerun-" + point + ".log"));
        String rerun = log("rerun-" + point + ".log");
        assertTrue(rerun.contains("breaking the stale lock"), rerun);
        if (!committed) assertTrue(rerun.contains("a run that did not finish"), rerun);
        assertSameAsReference(out);
        assertClean(out);
    }

    @Test
    void aTerminatedRunReleasesItsLockAndLeavesTheOutputAsItWas() throws Exception {
        Path out = copy(base, dir.resolve("terminated"));
        Path signal = dir.resolve("terminated.reached");
        JobProcess job = start("terminated.log", JobProcess.freezeAt(FaultPoints.TABLES_WRITTEN, signal, null),
                options(out, inputB, "append"));
        job.awaitFile(signal);
        assertTrue(job.terminate() != 0);
        assertFalse(Files.exists(out.resolve("_lock")), "SIGTERM releases the lock: " + job.log());
        assertEquals(SAMPLE, assertOneRun(out)[0]);
        assertEquals(0, append(out, inputB, "after-terminated.log"), () -> log("after-terminated.log")); // no --break-lock needed
        assertSameAsReference(out);
        assertClean(out);
    }

    @Test
    void runsOnOneOutputTakeTurnsAndNoneIsLost() throws Exception {
        Path out = copy(base, dir.resolve("concurrent"));
        Path inputX = renamed("x", dir.resolve("x.jsonl"));
        Path inputY = renamed("y", dir.resolve("y.jsonl"));
        Path signal = dir.resolve("concurrent.reached");
        Path release = dir.resolve("concurrent.release");
        // the first append holds the lock, frozen with its tables written, until the test releases it
        JobProcess first = start("first.log", JobProcess.freezeAt(FaultPoints.TABLES_WRITTEN, signal, release),
                options(out, inputX, "append"));
        first.awaitFile(signal);
        JobProcess second = start("second.log", List.of(), options(out, inputY, "append", "--lock-wait", "600"));
        second.awaitLog("waiting up to 600 s for the lock");
        // an overwrite meanwhile stops at once, with one line naming the holder, and changes nothing
        assertEquals(2, JobProcess.run(dir.resolve("third.log"), List.of(), options(out, inputY, "overwrite")));
        String third = log("third.log");
        assertTrue(third.contains("error: output ") && third.contains("is locked by run ") && third.contains("(append, user ")
                && third.contains("still running"), third);
        assertEquals(SAMPLE, assertOneRun(out)[0]);

        Files.writeString(release, "go");
        assertEquals(0, first.waitFor(), first::log);
        assertEquals(0, second.waitFor(), second::log);
        try (DuckDb db = new DuckDb(out, "articles")) {
            assertEquals(3 * SAMPLE, db.count("SELECT count(*) FROM articles"), "both appends are in the output");
            assertEquals(SAMPLE, db.count("SELECT count(*) FROM articles WHERE article_id LIKE 'y-%'"));
        }
        JsonNode runs = JSON.readTree(out.resolve("_manifest.json").toFile()).get("runs");
        assertEquals(3, runs.size(), runs.toString());
        assertEquals(SAMPLE, runs.get(1).get("articles_added").asLong());
        assertEquals(SAMPLE, runs.get(2).get("articles_added").asLong());
        assertOneRun(out);
        assertClean(out);
    }

    @Test
    void aReaderKeepsReadingTheRunItOpenedWhileAnOverwritePublishes() throws Exception {
        Path out = copy(base, dir.resolve("reading"));
        Path signal = dir.resolve("reading.reached");
        Path release = dir.resolve("reading.release");
        try (DuckDb reader = new DuckDb(out, AppendModeTest.TABLES)) {
            List<Map<String, Object>> before = reader.rows("SELECT article_id, n_quotes FROM articles ORDER BY 1");
            long quotes = reader.count("SELECT count(*) FROM quotes q JOIN articles a USING (article_id)");
            JobProcess overwrite = start("reading.log",
                    JobProcess.freezeAt(FaultPoints.MANIFEST_SWITCHED, signal, release), options(out, inputB, "overwrite"));
            overwrite.awaitFile(signal);
            assertEquals(before, reader.rows("SELECT article_id, n_quotes FROM articles ORDER BY 1"));
            try (DuckDb fresh = new DuckDb(out, "articles")) {
                assertEquals(SAMPLE, fresh.count("SELECT count(*) FROM articles WHERE article_id LIKE 'b-%'"), "a new reader sees the new run");
            }
            Files.writeString(release, "go");
            assertEquals(0, overwrite.waitFor(), overwrite::log);
            assertEquals(before, reader.rows("SELECT article_id, n_quotes FROM articles ORDER BY 1"), "the replaced run is kept");
            assertEquals(quotes, reader.count("SELECT count(*) FROM quotes q JOIN articles a USING (article_id)"));
        }
        long[] seen = assertOneRun(out);
        assertEquals(SAMPLE, seen[0]);
        try (DuckDb now = new DuckDb(out, "articles")) {
            assertEquals(0, now.count("SELECT count(*) FROM articles WHERE article_id NOT LIKE 'b-%'"));
        }
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndLeavesTheOutputAsItWas() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String mountOutput = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assumptions.assumeTrue(m.waitFor() == 0,
                "a tmpfs cannot be mounted here (needs root): " + mountOutput);
        try {
            Path out = copy(base, mount.resolve("out"));
            Path filler = mount.resolve("filler");
            long free = Files.getFileStore(mount).getUsableSpace();
            try (var f = new java.io.RandomAccessFile(filler.toFile(), "rw")) {
                f.setLength(free - 96 * 1024); // tmpfs takes the pages as they are written
                byte[] block = new byte[1 << 20];
                for (long at = 0; at < free - 96 * 1024; at += block.length) {
                    f.seek(at);
                    f.write(block, 0, (int) Math.min(block.length, free - 96 * 1024 - at));
                }
            }
            assertEquals(2, append(out, inputB, "full.log"));
            String err = log("full.log");
            assertTrue(err.contains("error: cannot write the output to") && err.contains("no space left on device"), err);
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            assertTrue(lines.get(lines.size() - 1).startsWith("error: cannot write the output"), "the last line says it: " + err);
            assertEquals(1, lines.stream().filter(l -> l.startsWith("error:")).count(), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            assertEquals(SAMPLE, assertOneRun(out)[0]);
            assertFalse(Files.exists(out.resolve("_lock")), "the lock is released");
            try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
                assertEquals(1, runs.count(), "the failed run's folder is removed");
            }
            Files.delete(filler);
            assertEquals(0, append(out, inputB, "after-full.log"), () -> log("after-full.log"));
            assertSameAsReference(out);
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }
}
