package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.cli.Main;
import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/** A file mixing good records with one of every reject reason, run through the command line. */
class BadInputTest {
    @TempDir
    static Path dir;
    static Path out;
    /** Line number to the reason expected there; lines not listed are good articles. */
    static final Map<Long, String> EXPECTED = new LinkedHashMap<>();
    static final List<String> GOOD = new ArrayList<>();

    @BeforeAll
    static void run() throws Exception {
        TestSpark.get();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        long[] line = {0};
        java.util.function.BiConsumer<String, String> add = (text, reason) -> {
            line[0]++;
            file.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
            if (reason != null) EXPECTED.put(line[0], reason);
        };
        add.accept(Corpus.line(Map.of("id", "ok-1", "text", "The council met today. It approved the budget.")), null);
        add.accept("{\"id\": \"broken\", \"text\": \"no closing brace\"", RejectReason.MALFORMED_JSON);
        add.accept("[\"an\", \"array\"]", RejectReason.NOT_AN_OBJECT);
        add.accept("\"just a string\"", RejectReason.NOT_AN_OBJECT);
        add.accept(Corpus.line(Map.of("text", "An article without an id.")), RejectReason.MISSING_ID);
        add.accept("{\"id\": null, \"text\": \"A null id.\"}", RejectReason.NULL_ID);
        add.accept(Corpus.line(Map.of("id", "  ", "text", "A blank id.")), RejectReason.EMPTY_ID);
        add.accept(Corpus.line(Map.of("id", "no-text")), RejectReason.MISSING_TEXT);
        add.accept("{\"id\": \"null-text\", \"text\": null}", RejectReason.NULL_TEXT);
        add.accept(Corpus.line(Map.of("id", "empty-text", "text", "")), RejectReason.EMPTY_TEXT);
        add.accept(Corpus.line(Map.of("id", "number-text", "text", 42)), RejectReason.TEXT_NOT_STRING);
        add.accept(Corpus.line(Map.of("id", "object-text", "text", Map.of("a", 1))), RejectReason.TEXT_NOT_STRING);
        add.accept(Corpus.line(Map.of("id", "ok-1", "text", "The same id again, later in the file.")), RejectReason.DUPLICATE_ID);
        add.accept(Corpus.line(Map.of("id", "long", "text", "word ".repeat(200))), RejectReason.TEXT_TOO_LONG);
        add.accept("", null); // a blank line is no record, but it still counts as a line of the file
        file.writeBytes(Corpus.line(Map.of("id", "ok-2", "text", "A good article after a blank line.")).getBytes(StandardCharsets.UTF_8));
        file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        line[0]++;
        GOOD.add("ok-1");
        GOOD.add("ok-2");
        // invalid UTF-8: a lone continuation byte inside the text
        file.writeBytes("{\"id\": \"bad-bytes\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        file.write(0x80);
        file.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        line[0]++;
        EXPECTED.put(line[0], RejectReason.INVALID_UTF8);
        add.accept(Corpus.line(Map.of("id", "ok-3", "text", "The last good article.", "title", Map.of("x", 1))), null);
        GOOD.add("ok-3");
        Path input = dir.resolve("mixed.jsonl");
        Files.write(input, file.toByteArray());
        out = dir.resolve("out");
        int code = Main.execute("run", "--input", input.toString(), "--output", out.toString(), "--max-chars", "500");
        assertEquals(0, code);
    }

    @Test
    void everyBadRecordIsRejectedWithItsReasonAndLine() throws Exception {
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            Map<Long, String> got = new HashMap<>();
            for (Map<String, Object> r : db.rows("SELECT record_number, reason FROM rejects")) {
                got.put(((Number) r.get("record_number")).longValue(), (String) r.get("reason"));
            }
            assertEquals(EXPECTED, new java.util.TreeMap<>(got).entrySet().stream().collect(
                    LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
            assertEquals(GOOD, db.rows("SELECT article_id FROM articles ORDER BY record_number").stream()
                    .map(r -> (String) r.get("article_id")).toList());
            assertEquals(1, db.count("SELECT count(*) FROM rejects WHERE reason = 'duplicate_id' "
                    + "AND detail LIKE 'id ''ok-1'' is taken by record 1 of %'"));
            assertEquals(1, db.count("SELECT count(*) FROM rejects WHERE reason = 'invalid_utf8' AND raw LIKE '%caf\uFFFD%'"));
            assertEquals(1, db.count("SELECT count(*) FROM articles WHERE article_id = 'ok-3' AND title IS NULL "
                    + "AND warnings = ['ignored title: not a scalar']"));
        }
    }

    @Test
    void recordNumbersAreFileLinesEvenWhenTheFileIsSplit() throws Exception {
        List<String> lines = new ArrayList<>();
        Map<Long, String> badLines = new LinkedHashMap<>();
        for (int i = 1; i <= 400; i++) {
            if (i % 37 == 0) {
                lines.add("{\"id\": \"broken-" + i + "\"");
                badLines.put((long) i, RejectReason.MALFORMED_JSON);
            } else {
                lines.add(Corpus.line(Map.of("id", "a-" + i, "text", "Article number " + i + " says little. It ends here.")));
            }
        }
        Path input = Corpus.jsonl(dir.resolve("split/many.jsonl"), lines);
        Path splitOut = dir.resolve("split-out");
        TestSpark.get().sparkContext().conf().set(RunJob.MAX_SPLIT_BYTES, "4096");
        try {
            new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                    ColumnMapping.defaults(), splitOut.toString(), WriteMode.ERROR, PartitionBy.NONE, 10_000));
        } finally {
            TestSpark.get().sparkContext().conf().remove(RunJob.MAX_SPLIT_BYTES);
        }
        try (DuckDb db = new DuckDb(splitOut, "articles", "rejects")) {
            Map<Long, String> got = new java.util.TreeMap<>();
            for (Map<String, Object> r : db.rows("SELECT record_number, reason FROM rejects")) {
                got.put(((Number) r.get("record_number")).longValue(), (String) r.get("reason"));
            }
            assertEquals(badLines, new LinkedHashMap<>(got));
            assertEquals(0, db.count("SELECT count(*) FROM articles WHERE article_id <> 'a-' || record_number"));
            assertEquals(400 - badLines.size(), db.count("SELECT count(*) FROM articles"));
        }
    }

    @Test
    void userErrorsAreOneClearLineAndANonZeroExit() throws Exception {
        String missing = dir.resolve("does-not-exist.jsonl").toString();
        Result r = runCli("run", "--input", missing, "--output", dir.resolve("o2").toString());
        assertEquals(2, r.code);
        assertEquals("error: input not found: " + missing, r.err.strip());

        r = runCli("run", "--input", missing, "--output", dir.resolve("o3").toString(), "--partition-by", "weekday");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: Invalid value for option '--partition-by'"), r.err);

        java.nio.file.Path badParties = dir.resolve("parties.tsv");
        java.nio.file.Files.writeString(badParties, "Good\tstate\tG\nBad\tplanet\tB\n");
        r = runCli("run", "--input", dir.resolve("mixed.jsonl").toString(), "--output", dir.resolve("o4").toString(),
                "--parties", badParties.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.strip().matches("error: \\S+parties.tsv line 2: type must be state, organization or group, not 'planet'"), r.err);

        r = runCli("run", "--input", dir.resolve("mixed.jsonl").toString(), "--output", out.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.strip().matches("error: output \\S+ already holds tables; pass --mode overwrite to replace them or --mode append to add to them"), r.err);
        assertEquals(1, r.err.strip().lines().count());
    }

    record Result(int code, String err) {
    }

    private static Result runCli(String... args) {
        var err = new java.io.StringWriter();
        var cli = quotestance.cli.MainAccess.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, err.toString());
    }
}
