package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/** The same job over text files, CSV and Parquet input, with mapped column names and partitioned output. */
class InputFormatsTest {
    private static final Path SAMPLE = Path.of("data/sample");

    @TempDir
    Path dir;

    private Manifest run(List<String> inputs, InputFormat format, ColumnMapping columns, Path out, PartitionBy by) {
        return new RunJob(TestSpark.get(), System.out).run(new RunOptions(inputs, format, columns, out.toString(),
                WriteMode.ERROR, by, RunOptions.DEFAULT_MAX_CHARS));
    }

    @Test
    void textFilesGiveTheSameSentencesAsTheJsonlSample() throws Exception {
        Path fromJsonl = dir.resolve("jsonl");
        Path fromText = dir.resolve("text");
        run(List.of(SAMPLE.toString()), null, ColumnMapping.defaults(), fromJsonl, PartitionBy.NONE);
        run(List.of(SAMPLE.resolve("text").toString()), InputFormat.TEXT, ColumnMapping.defaults(), fromText, PartitionBy.NONE);
        try (DuckDb j = new DuckDb(fromJsonl, "articles", "sentences"); DuckDb t = new DuckDb(fromText, "articles", "sentences")) {
            long n = j.count("SELECT count(*) FROM articles");
            assertTrue(n >= 30, "the sample holds at least 30 articles: " + n);
            assertEquals(n, t.count("SELECT count(*) FROM articles"));
            String q = "SELECT replace(article_id, '.txt', '') AS id, sentence_index, start, \"end\", text FROM sentences ORDER BY 1, 2";
            assertEquals(j.rows(q), t.rows(q));
        }
    }

    @Test
    void sampleTextFilesHoldTheSameArticlesAsTheJsonl() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(SAMPLE.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        try (var files = Files.list(SAMPLE.resolve("text"))) {
            assertEquals(lines.size(), files.count());
        }
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            assertEquals(a.get("text").asText(), Files.readString(SAMPLE.resolve("text/" + a.get("id").asText() + ".txt")));
        }
    }

    @Test
    void csvWithMappedColumnsQuotedLineBreaksAndBrokenRows() throws Exception {
        Path csv = dir.resolve("in/articles.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, String.join("\r\n",
                "doc_id,headline,body,outlet,date",
                "c1,First,\"The mayor said, \"\"We rebuild.\"\"\nThen she left.\",Town Crier,2022-05-01",
                "c2,Second,Too few fields",
                "c3,Third,A plain text. Nothing more.,Town Crier,2022-06-01",
                "c4,Fourth,\"An unterminated quote, to the end of the file"), StandardCharsets.UTF_8);
        Path out = dir.resolve("csv-out");
        run(List.of(csv.toString()), null, new ColumnMapping("doc_id", "body", "headline", "outlet", "date", "url"), out, PartitionBy.NONE);
        try (DuckDb db = new DuckDb(out, "articles", "rejects", "sentences")) {
            assertEquals(List.of(Map.of("article_id", "c1", "title", "First", "source", "Town Crier"),
                            Map.of("article_id", "c3", "title", "Third", "source", "Town Crier")),
                    db.rows("SELECT article_id, title, source FROM articles ORDER BY 1").stream().map(Map::copyOf).toList());
            assertEquals("The mayor said, \"We rebuild.\"\nThen she left.",
                    db.rows("SELECT text FROM articles WHERE article_id = 'c1'").get(0).get("text"));
            assertEquals(List.of("2 malformed_csv", "4 malformed_csv"),
                    db.rows("SELECT record_number || ' ' || reason AS r FROM rejects ORDER BY record_number").stream()
                            .map(r -> (String) r.get("r")).toList());
        }
    }

    @Test
    void parquetInputWithRowNumbersAndMonthPartitions() throws Exception {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("source", DataTypes.StringType).add("published", DataTypes.TimestampType);
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create("p1", "Leaders met in Rome. They agreed on little.", "Wire A", java.sql.Timestamp.valueOf("2021-01-05 10:00:00")));
        rows.add(RowFactory.create("p2", null, "Wire A", java.sql.Timestamp.valueOf("2021-02-05 10:00:00")));
        rows.add(RowFactory.create("p3", "Talks continued in Cairo.", "Wire B", java.sql.Timestamp.valueOf("2021-02-07 10:00:00")));
        Dataset<Row> df = TestSpark.get().createDataFrame(rows, schema).coalesce(1);
        Path in = dir.resolve("pq");
        df.write().parquet(in.toString());
        Path out = dir.resolve("pq-out");
        Manifest m = run(List.of(in.toString()), null, ColumnMapping.defaults(), out, PartitionBy.MONTH);
        assertEquals(InputFormat.PARQUET, m.input().format());
        assertTrue(Files.isDirectory(out.resolve("current/articles/month=2021-02")));
        assertTrue(Files.isDirectory(out.resolve("current/sentences/month=2021-01")));
        try (DuckDb db = new DuckDb(out, "articles", "rejects", "sentences")) {
            assertEquals(List.of("p1 2021-01", "p3 2021-02"), db.rows("SELECT article_id || ' ' || month AS r FROM articles ORDER BY 1")
                    .stream().map(r -> (String) r.get("r")).toList());
            assertEquals(List.of("2 null_text"), db.rows("SELECT record_number || ' ' || reason AS r FROM rejects")
                    .stream().map(r -> (String) r.get("r")).toList());
            assertEquals(3, db.count("SELECT count(*) FROM sentences"));
        }
    }
}
