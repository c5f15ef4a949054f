package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/**
 * Input that used to crash the job, read a file twice, or hide what was wrong with it: corrupt compressed
 * files, file names with pattern characters, Parquet files of other schemas, symbolic link loops, sources that
 * cannot be folder names as they are, JSON strings beyond Jackson's default limit, UTF-16 files and passwords
 * in input URIs. Each ends with every record in {@code articles} or {@code rejects}.
 */
class InputResilienceTest {
    @TempDir
    Path dir;

    private static Manifest run(List<Path> inputs, InputFormat format, Path out, PartitionBy by, long maxChars) {
        return new RunJob(TestSpark.get(), System.out).run(new RunOptions(inputs.stream().map(Path::toString).toList(),
                format, ColumnMapping.defaults(), out.toString(), WriteMode.ERROR, by, maxChars));
    }

    private static Manifest run(List<Path> inputs, InputFormat format, Path out) {
        return run(inputs, format, out, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS);
    }

    private static String article(String id) {
        return Corpus.line(Map.of("id", id, "text", "The council of " + id + " met on Monday. It approved the plan."));
    }

    private static List<String> articles(String prefix, int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) lines.add(article(prefix + i));
        return lines;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first half of the bytes: a file cut off in the middle of its transfer. */
    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    private static List<String> strings(DuckDb db, String sql) throws Exception {
        return db.rows(sql).stream().map(r -> String.valueOf(r.values().iterator().next())).toList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    // 6: a truncated or corrupt compressed file is a reject at the line where it breaks, after the records before it

    @Test
    void corruptCompressedFilesAreRejectsAtTheLineWhereTheyBreak() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Corpus.jsonl(in.resolve("good.jsonl"), articles("good-", 2));
        Files.write(in.resolve("cut.jsonl.gz"), half(gzip(lines(articles("cut-", 400)))));
        Files.write(in.resolve("noise.jsonl.gz"), randomBytes(3000));
        Files.createSymbolicLink(in.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));
        Files.write(in.resolve("empty.jsonl"), new byte[0]);
        BZip2Codec bzip2 = new BZip2Codec();
        bzip2.setConf(new Configuration());
        ByteArrayOutputStream bz = new ByteArrayOutputStream();
        try (OutputStream o = bzip2.createOutputStream(bz)) {
            o.write(lines(articles("bz-", 400)));
        }
        Files.write(in.resolve("cut.jsonl.bz2"), half(bz.toByteArray()));
        Path out = dir.resolve("out");
        run(List.of(in), null, out);
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            assertEquals(2, db.count("SELECT count(*) FROM articles WHERE article_id LIKE 'good-%'"));
            for (String prefix : List.of("cut", "bz")) {
                String file = "cut.jsonl." + (prefix.equals("cut") ? "gz" : "bz2");
                long kept = db.count("SELECT count(*) FROM articles WHERE article_id LIKE '" + prefix + "-%'");
                // bzip2 decodes whole blocks of 900 KB: the cut one holds no complete line
                assertTrue(kept >= (prefix.equals("cut") ? 1 : 0) && kept < 400, file + ": " + kept + " records kept");
                // the records before the break are the file's first lines, in order
                assertEquals(kept, db.count("SELECT coalesce(max(record_number), 0) FROM articles WHERE article_id LIKE '" + prefix + "-%'"));
                List<Map<String, Object>> r = db.rows("SELECT reason, record_number, detail FROM rejects WHERE source_file LIKE '%/" + file + "'");
                assertEquals(1, r.size(), file + ": " + r);
                assertEquals(RejectReason.UNREADABLE_FILE, r.get(0).get("reason"));
                assertEquals(kept + 1, number(r.get(0).get("record_number")));
                String detail = (String) r.get(0).get("detail");
                assertTrue(detail.startsWith("cannot read the file from line " + (kept + 1) + " on: "), detail);
            }
            List<Map<String, Object>> noise = db.rows("SELECT reason, record_number, detail FROM rejects WHERE source_file LIKE '%/noise.jsonl.gz'");
            assertEquals(List.of(Map.of("reason", RejectReason.UNREADABLE_FILE, "record_number", 1L,
                    "detail", "cannot read the file from line 1 on: IOException: not a gzip file")), noise.stream().map(Map::copyOf).toList());
            assertEquals(List.of(RejectReason.UNREADABLE_FILE), strings(db, "SELECT reason FROM rejects WHERE source_file LIKE '%/gone.jsonl'"));
            assertEquals(0, db.count("SELECT count(*) FROM rejects WHERE source_file LIKE '%/empty.jsonl'"));
        }

        // the same for CSV: the records before the break are kept, the break is one reject
        Path csvIn = Files.createDirectories(dir.resolve("csv"));
        List<String> rows = new ArrayList<>(List.of("id,text"));
        for (int i = 1; i <= 400; i++) rows.add("row-" + i + ",The mayor of town " + i + " spoke briefly.");
        Files.write(csvIn.resolve("cut.csv.gz"), half(gzip(lines(rows))));
        Files.write(csvIn.resolve("noise.csv.gz"), randomBytes(2000));
        Files.writeString(csvIn.resolve("good.csv"), "id,text\nfine-1,A good row. It ends here.\n");
        Path csvOut = dir.resolve("csv-out");
        run(List.of(csvIn), null, csvOut);
        try (DuckDb db = new DuckDb(csvOut, "articles", "rejects")) {
            long kept = db.count("SELECT count(*) FROM articles WHERE article_id LIKE 'row-%'");
            assertTrue(kept > 0 && kept < 400, kept + " rows kept");
            assertEquals(1, db.count("SELECT count(*) FROM articles WHERE article_id = 'fine-1'"));
            List<Map<String, Object>> r = db.rows("SELECT reason, record_number, detail FROM rejects WHERE source_file LIKE '%/cut.csv.gz'");
            assertEquals(1, r.size(), r.toString());
            assertEquals(RejectReason.UNREADABLE_FILE, r.get(0).get("reason"));
            assertEquals(kept + 1, number(r.get(0).get("record_number")));
            assertTrue(((String) r.get(0).get("detail")).contains("EOFException"), r.toString());
            assertEquals(List.of(RejectReason.UNREADABLE_FILE), strings(db, "SELECT reason FROM rejects WHERE source_file LIKE '%/noise.csv.gz'"));
        }

        // a Parquet file without a valid footer, beside a good one
        Path pqIn = Files.createDirectories(dir.resolve("pq"));
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        parquetFile(pqIn.resolve("good.parquet"), schema, List.of(RowFactory.create("pq-1", "Talks went on in Vienna.")));
        Files.write(pqIn.resolve("cut.parquet"), half(Files.readAllBytes(pqIn.resolve("good.parquet"))));
        Files.write(pqIn.resolve("noise.parquet"), randomBytes(1000));
        Path pqOut = dir.resolve("pq-out");
        run(List.of(pqIn), null, pqOut);
        try (DuckDb db = new DuckDb(pqOut, "articles", "rejects")) {
            assertEquals(List.of("pq-1"), strings(db, "SELECT article_id FROM articles"));
            assertEquals(List.of("cut.parquet unreadable_file 1", "noise.parquet unreadable_file 1"), strings(db,
                    "SELECT regexp_extract(source_file, '[^/]+$') || ' ' || reason || ' ' || record_number FROM rejects ORDER BY 1"));
        }
    }

    /** Writes one Parquet file with exactly these columns and types. */
    private void parquetFile(Path target, StructType schema, List<Row> rows) throws IOException {
        Path tmp = dir.resolve("spark-" + System.nanoTime());
        TestSpark.get().createDataFrame(rows, schema).coalesce(1).write().parquet(tmp.toString());
        try (Stream<Path> files = Files.list(tmp)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.createDirectories(target.getParent());
            Files.move(part, target);
        }
    }

    // 7: a file the user names is that file, never a glob; only a path that does not exist is a pattern

    @Test
    void fileNamesWithPatternCharactersAreReadAsThemselves() throws Exception {
        Path in = Files.createDirectories(dir.resolve("names"));
        Map<String, String> idByFile = Map.of("a:b.jsonl", "colon", "c,d.jsonl", "comma", "e[1].jsonl", "brackets",
                "f{2}.jsonl", "braces", "e*q.jsonl", "star", "ezzq.jsonl", "ezzq");
        for (var e : idByFile.entrySet()) Corpus.jsonl(in.resolve(e.getKey()), List.of(article(e.getValue())));

        Path out = dir.resolve("out-folder");
        run(List.of(in), null, out);
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            assertEquals(0, db.count("SELECT count(*) FROM rejects"));
            Map<String, String> got = new HashMap<>();
            for (Map<String, Object> r : db.rows("SELECT article_id, source_file FROM articles")) {
                String file = (String) r.get("source_file");
                got.put(file.substring(file.lastIndexOf('/') + 1), (String) r.get("article_id"));
            }
            assertEquals(idByFile, got);
        }

        Path literal = dir.resolve("out-literal");
        run(List.of(in.resolve("e*q.jsonl")), null, literal); // exists: that one file, not ezzq.jsonl too
        try (DuckDb db = new DuckDb(literal, "articles")) {
            assertEquals(List.of("star"), strings(db, "SELECT article_id FROM articles"));
        }

        Path globbed = dir.resolve("out-glob");
        run(List.of(in.resolve("*:*.jsonl"), in.resolve("?zzq.jsonl")), null, globbed); // no such files: patterns
        try (DuckDb db = new DuckDb(globbed, "articles")) {
            assertEquals(List.of("colon", "ezzq"), strings(db, "SELECT article_id FROM articles ORDER BY 1"));
        }

        // Spark's own reader, for Parquet, is given the files as they are too
        Path pq = dir.resolve("pq/e[1]:x.parquet");
        parquetFile(pq, new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType),
                List.of(RowFactory.create("pq", "Leaders met in Lima. They agreed.")));
        Path pqOut = dir.resolve("out-pq");
        run(List.of(pq.getParent()), null, pqOut);
        try (DuckDb db = new DuckDb(pqOut, "articles")) {
            assertEquals(List.of("pq e[1]:x.parquet"), strings(db, "SELECT article_id || ' ' || regexp_extract(source_file, '[^/]+$') FROM articles"));
        }
    }

    // 8: Parquet files of other schemas are read apart; a text that is not a string is text_not_string

    @Test
    void parquetFilesOfOtherSchemasAreReadApart() throws Exception {
        Path in = Files.createDirectories(dir.resolve("pq"));
        parquetFile(in.resolve("int-id-binary-text.parquet"),
                new StructType().add("id", DataTypes.IntegerType).add("text", DataTypes.BinaryType),
                List.of(RowFactory.create(1, "Kenya".getBytes(StandardCharsets.UTF_8)),
                        RowFactory.create(2, "Peru".getBytes(StandardCharsets.UTF_8))));
        parquetFile(in.resolve("string-id.parquet"),
                new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType),
                List.of(RowFactory.create("s-1", "Leaders met in Lima. They agreed."),
                        RowFactory.create("s-2", "Talks went on in Quito.")));
        parquetFile(in.resolve("long-id.parquet"),
                new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType),
                List.of(RowFactory.create(42L, "A numeric id is its digits.")));
        Path out = dir.resolve("out");
        run(List.of(in), null, out);
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            assertEquals(List.of("42", "s-1", "s-2"), strings(db, "SELECT article_id FROM articles ORDER BY 1"));
            assertEquals(List.of("1 text_not_string 'text' is binary, not a string", "2 text_not_string 'text' is binary, not a string"),
                    strings(db, "SELECT record_number || ' ' || reason || ' ' || detail FROM rejects ORDER BY 1"));
            assertEquals(0, db.count("SELECT count(*) FROM rejects WHERE raw LIKE '%75, 101%'"));
        }
    }

    // 9: a text folder follows no folder twice, whatever symbolic links lead back into it

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void symbolicLinkLoopsInTextFoldersAreFollowedOnce() throws Exception {
        Path self = Files.createDirectories(dir.resolve("self"));
        Files.writeString(self.resolve("a.txt"), "The minister spoke in Oslo. She left early.");
        Files.createSymbolicLink(self.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(self.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path up = Files.createDirectories(dir.resolve("up/sub"));
        Files.writeString(up.resolve("b.txt"), "The envoy arrived in Cairo. Talks began.");
        Files.createSymbolicLink(up.resolve("up"), Path.of(".."));
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("c.txt"), "A linked folder is read once. It holds one article.");
        Files.createSymbolicLink(dir.resolve("up/linked"), other);

        Path selfOut = dir.resolve("out-self");
        run(List.of(self), InputFormat.TEXT, selfOut);
        try (DuckDb db = new DuckDb(selfOut, "articles", "rejects")) {
            assertEquals(List.of("a.txt"), strings(db, "SELECT article_id FROM articles"));
            assertEquals(List.of("gone.txt unreadable_file"), strings(db, "SELECT regexp_extract(source_file, '[^/]+$') || ' ' || reason FROM rejects"));
        }
        Path upOut = dir.resolve("out-up");
        run(List.of(dir.resolve("up")), InputFormat.TEXT, upOut);
        try (DuckDb db = new DuckDb(upOut, "articles", "rejects")) {
            assertEquals(List.of("linked/c.txt", "sub/b.txt"), strings(db, "SELECT article_id FROM articles ORDER BY 1"));
            assertEquals(0, db.count("SELECT count(*) FROM rejects"));
        }
    }

    // 10: sources that cannot be folder names as they are still land, distinguishable, inside the table

    @Test
    void sourcesThatCannotBeFolderNamesAsTheyAreStillLand() throws Exception {
        String longAscii = "w".repeat(300);
        String longWide = "\u00e9\u4e2d".repeat(150);
        List<String> sources = Arrays.asList(null, "__HIVE_DEFAULT_PARTITION__", "", "a/b", "x=y", "..", "../..",
                "\u0410\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e \u4e2d\u6587", "nul\u0000byte", longAscii, longWide);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Map<String, Object> r = new HashMap<>(Map.of("id", "s" + i, "text", "The agency of " + i + " reported calm. Nothing else."));
            if (sources.get(i) != null) r.put("source", sources.get(i));
            lines.add(Corpus.line(r));
        }
        Path in = Corpus.jsonl(dir.resolve("in/sources.jsonl"), lines);
        Path out = dir.resolve("out");
        run(List.of(in), null, out, PartitionBy.SOURCE, RunOptions.DEFAULT_MAX_CHARS);
        try (DuckDb db = new DuckDb(out, "articles", "sentences", "rejects")) {
            assertEquals(0, db.count("SELECT count(*) FROM rejects"));
            Map<String, Object> got = new HashMap<>();
            for (Map<String, Object> r : db.rows("SELECT article_id, source FROM articles")) got.put((String) r.get("article_id"), r.get("source"));
            System.out.println(got);
            assertEquals(sources.size(), got.size());
            // no source: null to Spark and to DuckDB from 1.5; DuckDB 1.4 shows the folder's name
            assertTrue(got.get("s0") == null || got.get("s0").equals("__HIVE_DEFAULT_PARTITION__"), String.valueOf(got.get("s0")));
            assertEquals("\\__HIVE_DEFAULT_PARTITION__", got.get("s1"));
            assertEquals(got.get("s0"), got.get("s2")); // an empty source is no source, as Spark writes it
            for (int i = 3; i <= 7; i++) assertEquals(sources.get(i), got.get("s" + i));
            assertEquals("nul\uFFFDbyte", got.get("s8"));
            for (int i = 9; i <= 10; i++) {
                String cut = (String) got.get("s" + i);
                assertTrue(cut.matches(".+~[0-9a-f]{16}") && sources.get(i).startsWith(cut.substring(0, cut.length() - 17)), cut);
            }
            assertEquals(sources.size(), db.count("SELECT count(DISTINCT article_id) FROM sentences"));
        }
        // every partition folder stands directly in its table's folder, within the output
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("source=")).toList()) {
                assertTrue(OutputTables.ARTICLE_TABLES.contains(p.getParent().getFileName().toString()), p.toString());
            }
        }
        try (Stream<Path> top = Files.list(dir)) {
            assertEquals(List.of("in", "out"), top.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // 11: Jackson's string limit follows --max-chars; a string beyond it is a text too long, not broken JSON

    @Test
    void jsonStringsBeyondJacksonsDefaultLimitFollowMaxChars() throws Exception {
        long maxChars = 10_000_001; // allows strings of 20,000,002 UTF-16 units: more than Jackson's default 20,000,000
        String bigNote = "n".repeat(20_000_001);
        Path in = Corpus.jsonl(dir.resolve("in/big.jsonl"), List.of(
                Corpus.line(Map.of("id", "long-note", "text", "A short text beside a long note.", "note", bigNote)),
                Corpus.line(Map.of("id", "huge-text", "text", "t".repeat(20_000_003)))));
        Path out = dir.resolve("out");
        run(List.of(in), null, out, PartitionBy.NONE, maxChars);
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            assertEquals(List.of("long-note"), strings(db, "SELECT article_id FROM articles"));
            List<Map<String, Object>> r = db.rows("SELECT record_number, reason, detail FROM rejects");
            assertEquals(1, r.size(), r.toString());
            assertEquals(2L, number(r.get(0).get("record_number")));
            assertEquals(RejectReason.TEXT_TOO_LONG, r.get(0).get("reason"));
            assertTrue(((String) r.get(0).get("detail")).contains("--max-chars 10000001"), r.toString());
        }
    }

    // 12: a UTF-16 file gives one reject per record (JSONL) or per file (CSV, text), naming its encoding

    @Test
    void utf16FilesAreRejectsThatNameTheEncoding() throws Exception {
        Path in = Files.createDirectories(dir.resolve("jsonl"));
        List<String> le = articles("le-", 3);
        Files.write(in.resolve("le-bom.jsonl"), ("\uFEFF" + String.join("\n", le) + "\n").getBytes(StandardCharsets.UTF_16LE));
        List<String> be = articles("be-", 2);
        Files.write(in.resolve("be-crlf.jsonl"), ("\r\n" + String.join("\r\n", be) + "\r\n").getBytes(StandardCharsets.UTF_16BE));
        Corpus.jsonl(in.resolve("utf8.jsonl"), articles("ok-", 1));
        Path out = dir.resolve("out");
        run(List.of(in), null, out);
        try (DuckDb db = new DuckDb(out, "articles", "rejects")) {
            assertEquals(List.of("ok-1"), strings(db, "SELECT article_id FROM articles"));
            assertEquals(List.of(
                            "be-crlf.jsonl 2 the file is UTF-16BE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8) " + be.get(0),
                            "be-crlf.jsonl 3 the file is UTF-16BE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8) " + be.get(1),
                            "le-bom.jsonl 1 the file is UTF-16LE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8) " + le.get(0),
                            "le-bom.jsonl 2 the file is UTF-16LE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8) " + le.get(1),
                            "le-bom.jsonl 3 the file is UTF-16LE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8) " + le.get(2)),
                    strings(db, "SELECT regexp_extract(source_file, '[^/]+$') || ' ' || record_number || ' ' || detail || ' ' || raw"
                            + " FROM rejects WHERE reason = 'invalid_utf8' ORDER BY 1"));
            assertEquals(5, db.count("SELECT count(*) FROM rejects"));
        }

        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.write(csv.resolve("le.csv"), "\uFEFFid,text\nc1,One row.\nc2,Two rows.\n".getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(csv.resolve("good.csv"), "id,text\ng1,A good row. It ends here.\n");
        Path csvOut = dir.resolve("csv-out");
        run(List.of(csv), null, csvOut);
        try (DuckDb db = new DuckDb(csvOut, "articles", "rejects")) {
            assertEquals(List.of("g1"), strings(db, "SELECT article_id FROM articles"));
            assertEquals(List.of("invalid_utf8 the file is UTF-16LE, not UTF-8: convert it (iconv -f UTF-16 -t UTF-8)"),
                    strings(db, "SELECT reason || ' ' || detail FROM rejects"));
        }

        Path txt = Files.createDirectories(dir.resolve("txt"));
        Files.write(txt.resolve("le-bom.txt"), "\uFEFFThe talks ended. Both sides left.".getBytes(StandardCharsets.UTF_16LE));
        Files.write(txt.resolve("be.txt"), "The talks resumed. Both sides came back.".getBytes(StandardCharsets.UTF_16BE));
        Files.writeString(txt.resolve("utf8.txt"), "A plain file. It is UTF-8.");
        Path txtOut = dir.resolve("txt-out");
        run(List.of(txt), InputFormat.TEXT, txtOut);
        try (DuckDb db = new DuckDb(txtOut, "articles", "rejects")) {
            assertEquals(List.of("utf8.txt"), strings(db, "SELECT article_id FROM articles"));
            assertEquals(List.of("be.txt UTF-16BE The talks resumed. Both sides came back.", "le-bom.txt UTF-16LE The talks ended. Both sides left."),
                    strings(db, "SELECT regexp_extract(source_file, '[^/]+$') || ' ' || regexp_extract(detail, 'UTF-16[LB]E') || ' ' || raw"
                            + " FROM rejects WHERE reason = 'invalid_utf8' ORDER BY 1"));
        }
    }

    // 5b: a password in an input URI is never shown

    @Test
    void passwordsInInputUrisAreNotShown() {
        StringWriter err = new StringWriter();
        var cli = quotestance.cli.MainAccess.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("run", "--input", "s3a://KEY:SECRET@bucket/x.jsonl", "--output", dir.resolve("out").toString());
        assertEquals(2, code);
        assertFalse(err.toString().contains("SECRET"), err.toString());
        assertTrue(err.toString().contains("s3a://KEY:***@bucket/x.jsonl"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
