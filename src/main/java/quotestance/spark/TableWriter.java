package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the tables as Parquet, each into its own folder, counting rows as they are written (no second
 * pass). Files are sized for readers: a table is coalesced to about one file per {@link #TARGET_ROWS} rows
 * (or {@link #TARGET_CHARS} characters of text), never thousands of tiny files.
 */
final class TableWriter {
    static final long TARGET_ROWS = 2_000_000L;
    static final long TARGET_CHARS = 256L * 1024 * 1024;

    /** Sizes gathered from the result, to choose how many files each table gets. */
    record Sizes(long articles, long chars, long sentences, long quotes, long mentions, long stances) {
    }

    private TableWriter() {
    }

    static Map<String, Long> write(Map<String, Dataset<Row>> tables, String dir, PartitionBy partitionBy, Sizes sizes) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
            String name = e.getKey();
            Observation observation = new Observation(name);
            Dataset<Row> df = e.getValue().observe(observation, count(lit(1)).as("rows"));
            int files = files(name, sizes);
            boolean partitioned = partitionBy != PartitionBy.NONE && OutputTables.ARTICLE_TABLES.contains(name);
            DataFrameWriter<Row> writer;
            if (partitioned) {
                writer = df.repartition(files, col(partitionBy.label())).write().partitionBy(partitionBy.label());
            } else {
                writer = df.coalesce(files).write();
            }
            writer.mode(SaveMode.ErrorIfExists).parquet(dir + "/" + name);
            rows.put(name, observedRows(observation));
        }
        return rows;
    }

    private static long observedRows(Observation observation) {
        try {
            Object n = observation.getAsJava().get("rows");
            return n == null ? 0L : ((Number) n).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting rows", e);
        }
    }

    private static int files(String table, Sizes s) {
        long n = switch (table) {
            case "articles", "sentences" -> Math.max(ceil(s.chars(), TARGET_CHARS), ceil(s.articles(), TARGET_ROWS));
            case "quotes" -> ceil(s.quotes(), TARGET_ROWS);
            case "party_mentions" -> ceil(s.mentions(), TARGET_ROWS);
            case "stances" -> ceil(s.stances(), TARGET_ROWS);
            default -> 1;
        };
        return (int) Math.max(1, Math.min(n, 10_000));
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}
