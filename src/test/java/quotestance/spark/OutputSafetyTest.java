package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quotestance.UserError;
import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/** What a run may write into and remove, end to end with the real job: never what is not the job's. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Manifest run(Path input, Path out, WriteMode mode) {
        return new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                ColumnMapping.defaults(), out.toString(), mode, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    private Path corpus(String name) throws Exception {
        return Corpus.jsonl(dir.resolve(name), Corpus.sixArticles());
    }

    @Test
    void anOutputThatHoldsOrIsTheInputIsRefusedAndTheCorpusStays() throws Exception {
        Path proj = dir.resolve("proj");
        Path input = Corpus.jsonl(proj.resolve("articles/corpus.jsonl"), Corpus.sixArticles());
        byte[] before = Files.readAllBytes(input);
        for (WriteMode mode : WriteMode.values()) {
            UserError holds = assertThrows(UserError.class, () -> run(proj.resolve("articles"), proj, mode));
            assertTrue(holds.getMessage().contains("holds the input"), holds.getMessage());
            UserError is = assertThrows(UserError.class, () -> run(proj.resolve("articles"), proj.resolve("articles"), mode));
            assertTrue(is.getMessage().contains("is the input"), is.getMessage());
            UserError inside = assertThrows(UserError.class, () -> run(proj.resolve("articles"), proj.resolve("articles/out"), mode));
            assertTrue(inside.getMessage().contains("inside the input"), inside.getMessage());
        }
        assertTrue(Files.exists(input) && java.util.Arrays.equals(before, Files.readAllBytes(input)));
        try (Stream<Path> s = Files.list(proj)) {
            assertEquals(List.of(proj.resolve("articles")), s.toList(), "nothing was created beside the corpus");
        }
    }

    @Test
    void rootAndHomeAreRefused() throws Exception {
        Path input = corpus("in.jsonl");
        UserError root = assertThrows(UserError.class, () -> run(input, Path.of("/"), WriteMode.OVERWRITE));
        assertTrue(root.getMessage().contains("root of its filesystem"), root.getMessage());
        UserError home = assertThrows(UserError.class, () -> run(input, Path.of(System.getProperty("user.home")), WriteMode.OVERWRITE));
        assertTrue(home.getMessage().contains("home folder"), home.getMessage());
        try (Stream<Path> s = Files.list(Path.of("/"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("_staging")
                    || p.getFileName().toString().equals("runs")), "nothing written at /");
        }
    }

    @Test
    void aFolderOfOtherContentIsNeverWrittenInto() throws Exception {
        Path input = corpus("in.jsonl");
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes.resolve("articles"));
        Files.writeString(notes.resolve("articles/draft.txt"), "my draft");
        for (WriteMode mode : WriteMode.values()) {
            UserError e = assertThrows(UserError.class, () -> run(input, notes, mode));
            assertTrue(e.getMessage().contains("is not a quotestance output"), e.getMessage());
        }
        assertEquals("my draft", Files.readString(notes.resolve("articles/draft.txt")));
        try (Stream<Path> s = Files.list(notes)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void overwriteReplacesOnlyTheJobsRunsAndKeepsTheReplacedOneForReaders() throws Exception {
        Path input = corpus("in.jsonl");
        Path out = dir.resolve("out");
        run(input, out, WriteMode.ERROR);
        Path firstRun = DuckDb.currentRun(out);
        Files.writeString(out.resolve("README-mine.txt"), "mine");     // the user's own files in the output folder
        Files.createDirectories(out.resolve("articles"));               // even one named like a table
        Files.writeString(out.resolve("articles/keep.txt"), "mine too");
        try (DuckDb reader = new DuckDb(out, "articles")) {            // a reader that opened the tables before
            long before = reader.count("SELECT count(*) FROM articles");
            run(Corpus.jsonl(dir.resolve("two.jsonl"), Corpus.sixArticles().subList(0, 2)), out, WriteMode.OVERWRITE);
            assertEquals(before, reader.count("SELECT count(*) FROM articles"), "its run is still there to read");
        }
        assertTrue(Files.exists(firstRun));
        try (DuckDb now = new DuckDb(out, "articles")) {
            assertEquals(2, now.count("SELECT count(*) FROM articles"));
        }
        assertEquals(DuckDb.currentRun(out).toRealPath(), out.resolve("current").toRealPath(), "current/ is the manifest's run");
        assertEquals("mine", Files.readString(out.resolve("README-mine.txt")));
        assertEquals("mine too", Files.readString(out.resolve("articles/keep.txt")));
        run(input, out, WriteMode.OVERWRITE);
        assertFalse(Files.exists(firstRun), "two runs are kept: the current one and the one it replaced");
    }

    @Test
    void anOutputOfTheOlderLayoutIsAppendedToAndMovedIntoARunFolder() throws Exception {
        List<String> all = Corpus.sixArticles();
        Path a = Corpus.jsonl(dir.resolve("a.jsonl"), all.subList(0, 3));
        Path b = Corpus.jsonl(dir.resolve("b.jsonl"), all.subList(3, 6));
        Path once = dir.resolve("once");
        run(Corpus.jsonl(dir.resolve("all.jsonl"), all), once, WriteMode.ERROR);

        Path legacy = dir.resolve("legacy");
        run(a, legacy, WriteMode.ERROR);
        olderLayout(legacy);
        Files.writeString(legacy.resolve("notes.txt"), "mine");
        run(b, legacy, WriteMode.APPEND);
        run(b, legacy, WriteMode.APPEND); // a second run reads the manifest the first one wrote (no stale checksum)
        try (DuckDb e = new DuckDb(once, AppendModeTest.TABLES); DuckDb g = new DuckDb(legacy, AppendModeTest.TABLES)) {
            for (String q : AppendModeTest.SAME) assertEquals(e.rows(q), g.rows(q), q);
        }
        for (String t : OutputTables.NAMES) assertFalse(Files.exists(legacy.resolve(t)), t + " moved into the run folder");
        assertTrue(Files.exists(legacy.resolve("_quotestance")));
        assertEquals("mine", Files.readString(legacy.resolve("notes.txt")));
        assertEquals(3, new ObjectMapper().readTree(legacy.resolve("_manifest.json").toFile()).get("runs").size());
    }

    /** Rewrites an output the way versions before the run folders laid it out: tables at the top, no marker. */
    static void olderLayout(Path out) throws Exception {
        Path run = DuckDb.currentRun(out);
        for (String t : OutputTables.NAMES) Files.move(run.resolve(t), out.resolve(t));
        ObjectNode m = (ObjectNode) new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
        m.remove(List.of("current", "kept_runs", "layout"));
        // written as the older versions wrote it: through Hadoop's local filesystem, with a checksum beside it
        org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
        try (var o = fs.create(new org.apache.hadoop.fs.Path(out.resolve("_manifest.json").toUri()), true)) {
            o.write(m.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(Files.exists(out.resolve("._manifest.json.crc")));
        Files.delete(out.resolve("current"));
        Files.delete(out.resolve("_quotestance"));
        try (Stream<Path> s = Files.walk(out.resolve("runs"))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
