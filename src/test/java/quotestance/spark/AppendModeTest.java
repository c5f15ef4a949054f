package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;
import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.SyndicationCorpus;
import quotestance.testing.TestSpark;

/** Two halves appended one after the other give the tables one run over the whole corpus gives. */
class AppendModeTest {
    static final String[] TABLES = OutputTables.NAMES.toArray(String[]::new);

    /** What must agree between the two outputs, table by table: row counts and keys, with the derived values. */
    static final List<String> SAME = List.of(
            "SELECT count(*) AS n FROM articles",
            "SELECT article_id, duplicate_of, duplicate_similarity, language FROM articles ORDER BY article_id",
            "SELECT count(*) AS n FROM sentences",
            "SELECT article_id, quote_id, quote_key, speaker_id FROM quotes ORDER BY quote_id",
            "SELECT speaker_id, name, n_quotes, n_articles FROM speakers ORDER BY speaker_id",
            "SELECT article_id, speaker_id FROM article_speakers ORDER BY 1, 2",
            "SELECT count(*) AS n FROM party_mentions",
            "SELECT quote_id, party, label, score FROM stances ORDER BY article_id, mention_start, quote_id, party",
            "SELECT * FROM stance_summary ORDER BY holder_id, holder, party",
            "SELECT * EXCLUDE (quote_ids), array_to_string(quote_ids, ',') AS ids FROM quote_occurrences ORDER BY quote_key",
            "SELECT reason, count(*) AS n FROM rejects GROUP BY reason ORDER BY reason");

    @TempDir
    Path dir;

    private List<String> halfA() {
        List<String> a = new ArrayList<>(SyndicationCorpus.lines("copy-a", "copy-b", "other-1"));
        a.addAll(Corpus.sixArticles().subList(0, 3));
        a.add("{\"id\": \"broken\", \"text\": ");
        return a;
    }

    private List<String> halfB() {
        // the earliest copy of the story arrives second: the first half's copies become its duplicates
        List<String> b = new ArrayList<>(SyndicationCorpus.lines("wire-1", "fr-1", "de-1"));
        b.addAll(Corpus.sixArticles().subList(3, 6));
        b.add("{\"text\": \"no id here\"}");
        return b;
    }

    private Manifest run(Path input, Path out, WriteMode mode, PartitionBy by) {
        return new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                ColumnMapping.defaults(), out.toString(), mode, by, RunOptions.DEFAULT_MAX_CHARS));
    }

    private void assertSameTables(Path expected, Path actual) throws Exception {
        try (DuckDb e = new DuckDb(expected, TABLES); DuckDb a = new DuckDb(actual, TABLES)) {
            for (String q : SAME) assertEquals(e.rows(q), a.rows(q), q);
        }
    }

    @Test
    void twoHalvesAppendedGiveTheTablesOfOneRun() throws Exception {
        Path a = Corpus.jsonl(dir.resolve("a.jsonl"), halfA());
        Path b = Corpus.jsonl(dir.resolve("b.jsonl"), halfB());
        List<String> all = new ArrayList<>(halfA());
        all.addAll(halfB());
        Path whole = Corpus.jsonl(dir.resolve("all.jsonl"), all);

        Path once = dir.resolve("once");
        run(whole, once, WriteMode.ERROR, PartitionBy.NONE);
        Path appended = dir.resolve("appended");
        run(a, appended, WriteMode.APPEND, PartitionBy.NONE); // an empty output: the first append is a first run
        try (DuckDb db = new DuckDb(appended, "articles")) { // wire-1 is not there yet: copy-b is the earliest copy
            assertEquals(List.of(java.util.Map.of("article_id", "copy-a", "duplicate_of", "copy-b")),
                    db.rows("SELECT article_id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"));
        }
        Manifest second = run(b, appended, WriteMode.APPEND, PartitionBy.NONE);
        assertSameTables(once, appended);
        assertEquals(2, second.duplicates().duplicates());

        // the whole corpus again: every id is there already, nothing is analysed or added
        Manifest third = run(whole, appended, WriteMode.APPEND, PartitionBy.NONE);
        assertEquals(12, third.skippedExisting(), "12 articles; the 2 bad records are rejected again");
        assertSameTablesExceptRejects(once, appended);
        JsonNode runs = new ObjectMapper().readTree(Files.readString(appended.resolve(Manifest.FILE))).get("runs");
        assertEquals(3, runs.size());
        assertEquals(6, runs.get(0).get("articles_added").asInt());
        assertEquals(6, runs.get(1).get("articles_added").asInt());
        assertEquals(0, runs.get(2).get("articles_added").asInt());
        assertEquals(12, runs.get(2).get("skipped_existing").asInt());
        assertEquals("append", runs.get(2).get("mode").asText());
    }

    private void assertSameTablesExceptRejects(Path expected, Path actual) throws Exception {
        try (DuckDb e = new DuckDb(expected, TABLES); DuckDb a = new DuckDb(actual, TABLES)) {
            for (String q : SAME) if (!q.contains("rejects")) assertEquals(e.rows(q), a.rows(q), q);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PartitionBy.class, names = {"MONTH", "SOURCE"})
    void appendKeepsThePartitionLayout(PartitionBy by) throws Exception {
        Path a = Corpus.jsonl(dir.resolve("a.jsonl"), halfA());
        Path b = Corpus.jsonl(dir.resolve("b.jsonl"), halfB());
        List<String> all = new ArrayList<>(halfA());
        all.addAll(halfB());
        Path once = dir.resolve("once");
        run(Corpus.jsonl(dir.resolve("all.jsonl"), all), once, WriteMode.ERROR, by);
        Path appended = dir.resolve("appended");
        run(a, appended, WriteMode.APPEND, by);
        run(b, appended, WriteMode.APPEND, by);
        assertSameTables(once, appended);
        String folder = by == PartitionBy.MONTH ? "articles/month=2024-05" : "quotes/source=Test Wire";
        Path current = appended.resolve("current");
        try (Stream<Path> tables = Files.list(current.resolve(folder.substring(0, folder.indexOf('/'))))) {
            assertTrue(Files.isDirectory(current.resolve(folder)), tables.toList().toString());
        }
        if (by == PartitionBy.SOURCE) { // a source that looks like a number is still the text it was ("007", not 7)
            assertTrue(Files.isDirectory(current.resolve("articles/source=007")));
            assertTrue(!Files.exists(current.resolve("articles/source=7")));
        }
        UserError e = assertThrows(UserError.class, () -> run(b, appended, WriteMode.APPEND, PartitionBy.NONE));
        assertTrue(e.getMessage().contains("--partition-by " + by.label()), e.getMessage());
    }

    @Test
    void anOutputWithoutANewerColumnIsAppendedToWithNullsForItsRows() throws Exception {
        Path a = Corpus.jsonl(dir.resolve("a.jsonl"), halfA());
        Path b = Corpus.jsonl(dir.resolve("b.jsonl"), halfB());
        Path out = dir.resolve("out");
        run(a, out, WriteMode.ERROR, PartitionBy.NONE);
        // the quotes as a version before mention_rule wrote them
        Path quotes = DuckDb.currentRun(out).resolve("quotes");
        Path older = dir.resolve("older-quotes");
        TestSpark.get().read().parquet(quotes.toString()).drop("mention_rule").write().parquet(older.toString());
        try (Stream<Path> s = Files.walk(quotes)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.move(older, quotes);
        long before;
        try (DuckDb db = new DuckDb(out, "quotes")) {
            before = db.count("SELECT count(*) FROM quotes");
        }
        run(b, out, WriteMode.APPEND, PartitionBy.NONE);
        try (DuckDb db = new DuckDb(out, "quotes", "articles")) {
            assertEquals(before, db.count("SELECT count(*) FROM quotes WHERE mention_rule IS NULL AND article_id IN "
                    + "(SELECT article_id FROM articles WHERE source_file LIKE '%a.jsonl')"));
            assertEquals(0, db.count("SELECT count(*) FROM quotes WHERE mention_rule IS NULL AND speaker_mention IS NOT NULL"
                    + " AND article_id IN (SELECT article_id FROM articles WHERE source_file LIKE '%b.jsonl')"));
        }
    }

    @Test
    void aFailedAppendLeavesThePreviousOutputAsItWas() throws Exception {
        Path a = Corpus.jsonl(dir.resolve("a.jsonl"), halfA());
        Path b = Corpus.jsonl(dir.resolve("b.jsonl"), halfB());
        Path out = dir.resolve("out");
        run(a, out, WriteMode.ERROR, PartitionBy.NONE);
        String manifest = Files.readString(out.resolve(Manifest.FILE));
        // a damaged file in one table makes the rewrite of that table fail half-way through the run
        Path damaged;
        try (Stream<Path> files = Files.list(out.resolve("current/stances"))) {
            damaged = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(damaged);
        Files.write(damaged, "not parquet at all".getBytes());
        assertThrows(Exception.class, () -> run(b, out, WriteMode.APPEND, PartitionBy.NONE));
        Files.write(damaged, good);

        assertEquals(manifest, Files.readString(out.resolve(Manifest.FILE)));
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(List.of(DuckDb.currentRun(out)), runs.toList(), "no half-written run left beside the output's");
        }
        Path once = dir.resolve("once");
        run(a, once, WriteMode.ERROR, PartitionBy.NONE);
        assertSameTables(once, out);
    }
}
