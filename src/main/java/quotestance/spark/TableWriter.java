package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import quotestance.output.FaultPoints;

/**
 * Writes the tables as Parquet, each into its own folder, counting rows as they are written (no second
 * pass). Files are sized for readers: a table is coalesced to about one file per {@link #TARGET_ROWS} rows
 * (or {@link #TARGET_CHARS} characters of text), never thousands of tiny files.
 */
final class TableWriter {
    static final long TARGET_ROWS = 2_000_000L;
    static final long TARGET_CHARS = 256L * 1024 * 1024;

    /** Sizes gathered from the result, to choose how many files each table gets. */
    record Sizes(long articles, long chars, long sentences, long quotes, long mentions, long stances, long skipped, long records) {
        /** These sizes and those of the output being appended to. */
        Sizes plus(ExistingOutput o) {
            return new Sizes(articles + o.tableRows("articles"), chars + o.textChars(), sentences + o.tableRows("sentences"),
                    quotes + o.tableRows("quotes"), mentions + o.tableRows("party_mentions"),
                    stances + o.tableRows("stances"), skipped, records);
        }
    }

    private TableWriter() {
    }

    /**
     * Writes the tables, several at once: a table of one file is one task (a coalesce runs everything before
     * it in that task), so one table at a time would leave all cores but one idle. Returns the rows of each
     * table, in the order given, and puts the seconds each took into {@code seconds}. The first failure
     * cancels the writes still running, waits for them to stop (so that none writes into the folder after the
     * caller removed it) and is rethrown.
     */
    static Map<String, Long> write(Map<String, Dataset<Row>> tables, String dir, PartitionBy partitionBy, Sizes sizes,
                                   Map<String, Double> seconds, int concurrent) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrent, tables.size())), r -> {
            Thread t = new Thread(r, "quotestance-table-writer");
            t.setDaemon(true);
            return t;
        });
        Map<String, Future<Long>> running = new LinkedHashMap<>();
        Map<String, Double> times = new ConcurrentHashMap<>();
        String group = "quotestance-write-" + UUID.randomUUID();
        try {
            for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
                running.put(e.getKey(), pool.submit(() -> {
                    e.getValue().sparkSession().sparkContext().setJobGroup(group, "write " + e.getKey(), true);
                    return writeOne(e.getKey(), e.getValue(), dir, partitionBy, sizes, times);
                }));
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Long>> f : running.entrySet()) {
                rows.put(f.getKey(), f.getValue().get());
                if (rows.size() == 1) FaultPoints.reach(FaultPoints.FIRST_TABLE_WRITTEN);
            }
            for (String name : tables.keySet()) seconds.put(name, times.getOrDefault(name, 0.0));
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the tables", e);
        } catch (ExecutionException e) {
            tables.values().iterator().next().sparkSession().sparkContext().cancelJobGroup(group);
            pool.shutdown();
            awaitQuietly(pool);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long writeOne(String name, Dataset<Row> table, String dir, PartitionBy partitionBy, Sizes sizes,
                                 Map<String, Double> times) {
        long t0 = System.nanoTime();
        Observation observation = new Observation(name);
        Dataset<Row> df = table.observe(observation, count(lit(1)).as("rows"));
        int files = files(name, sizes);
        boolean partitioned = partitionBy != PartitionBy.NONE && OutputTables.ARTICLE_TABLES.contains(name);
        DataFrameWriter<Row> writer;
        if (partitioned) {
            writer = df.repartition(files, col(partitionBy.label())).write().partitionBy(partitionBy.label());
        } else {
            writer = df.coalesce(files).write();
        }
        writer.mode(SaveMode.ErrorIfExists).parquet(dir + "/" + name);
        times.put(name, (System.nanoTime() - t0) / 1e9);
        return observedRows(observation);
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
            case "quotes", "article_speakers", "quote_occurrences" -> ceil(s.quotes(), TARGET_ROWS);
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
