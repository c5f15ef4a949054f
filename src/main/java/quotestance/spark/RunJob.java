package quotestance.spark;

import quotestance.Redaction;
import quotestance.UserError;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

import quotestance.output.LockHolder;
import quotestance.output.OutputFolder;
import quotestance.output.OutputGuard;
import quotestance.output.OutputLayout;
import quotestance.output.OutputLock;
import quotestance.output.OutputState;
import quotestance.parties.PartyGazetteer;

/**
 * The {@code run} job: list the input, check and lock the output folder, read and analyse every record once,
 * persist that result, project the tables from it, write them into the run's own folder, and publish that
 * folder as the output with one atomic switch of the manifest (a failed or killed run leaves the previous
 * output as it was; see {@link quotestance.output}).
 */
public final class RunJob {
    /** Spark setting that fixes the JSONL split size (bytes), e.g. to spread a small file over many tasks. */
    public static final String MAX_SPLIT_BYTES = "spark.quotestance.maxSplitBytes";
    /** Inputs smaller than this stay in one task: spreading them costs more than it saves. */
    static final long MIN_SPLIT_BYTES = 256L << 10;

    private final SparkSession spark;
    private final PrintStream console;

    public RunJob(SparkSession spark, PrintStream console) {
        this.spark = spark;
        this.console = console;
    }

    public Manifest run(RunOptions options) {
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        if (spark.sparkContext().isLocal()) preloadModels(); // this JVM is the executor: load while Spark lists the input
        Path out = qualified(options.output(), hadoop); // executors must not read a path relative to their own folder
        InputFiles.Listing listing = InputFiles.list(options.inputs(), options.format(), hadoop);
        OutputGuard.check(out, options.inputs(), listing.files().stream().map(InputFile::path).toList(), hadoop);
        boolean replaceOrAppend = options.mode() != WriteMode.ERROR;
        try {
            OutputFolder folder = OutputFolder.at(out, hadoop);
            folder.refuse(folder.state(), replaceOrAppend); // before anything is created or locked
            long claimed = System.nanoTime();
            folder.claim(runId);
            OutputPolicy policy = options.outputPolicy();
            try (OutputLock lock = folder.lock(new OutputLock.Request(LockHolder.self(runId, options.mode().label()),
                    policy.lockWait(), policy.breakLock()), console)) {
                OutputState state = folder.state(); // again: another run may have published while this one waited
                folder.refuse(state, replaceOrAppend);
                folder.recover(state, console);
                double lockSeconds = (System.nanoTime() - claimed) / 1e9;
                return analyseAndPublish(options, runId, started, jsc, listing, folder, state, lock, lockSeconds);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the output to " + Redaction.uri(out.toString()) + ": " + IoErrors.describe(e), e);
        }
    }

    private Manifest analyseAndPublish(RunOptions options, String runId, Instant started, JavaSparkContext jsc,
                                       InputFiles.Listing listing, OutputFolder folder, OutputState state, OutputLock lock,
                                       double lockSeconds) throws IOException {
        ExistingOutput existing = options.mode() == WriteMode.APPEND && state.hasTables()
                ? ExistingOutput.open(spark, state, options.partitionBy()) : null;
        console.printf("quotestance run %s%n  input: %,d %s file(s), %,.1f MB%n", runId, listing.files().size(),
                listing.format().label(), listing.totalBytes() / 1e6);
        Broadcast<KnownIds> known = null;
        if (existing != null) {
            KnownIds ids = existing.ids();
            console.printf("  appending to %,d articles already in the output%n", ids.size());
            known = jsc.broadcast(ids);
        }

        CollectionAccumulator<SplitCount> splitCounts = jsc.sc().collectionAccumulator("split line counts");
        LongAccumulator analysed = jsc.sc().longAccumulator("records analysed");
        JavaRDD<RawRecord> records = read(jsc, listing, options, splitCounts);
        PartyGazetteer parties = options.partiesFile() == null ? null : PartyGazetteer.withOverrides(options.partiesFile());
        JavaRDD<Row> rows = records.mapPartitions(new AnalyzePartition(options.columns(), options.maxChars(), analysed, parties,
                options.languages(), known));
        Dataset<Row> result = spark.createDataFrame(rows, ResultSchema.RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            TableWriter.Sizes sizes;
            long t0 = System.nanoTime();
            try (Progress ignored = new Progress(analysed, console, 5)) {
                sizes = sizes(result);
            }
            // the records the result holds: a retried task (a lost executor) counts twice in the accumulator
            console.printf("  analysed %,d records in %.1f s%n", sizes.records(), (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            Dataset<Row> located = RecordNumbers.attach(spark, result, List.copyOf(splitCounts.value()));
            Dataset<Row> resolved = Duplicates.mark(located);
            Map<String, Dataset<Row>> base = new OutputTables(resolved, options.partitionBy()).base();
            if (existing != null) {
                base = existing.unionWith(base);
                sizes = sizes.plus(existing);
            }
            DerivedTables.Result derived = DerivedTables.complete(spark, base, options.duplicateThreshold(), sizes.articles());
            NearDuplicates.Clusters dups = derived.duplicates();
            console.printf("  near-duplicates: %,d article(s) in %,d cluster(s), largest %,d, found in %.1f s%n",
                    dups.duplicates(), dups.clusters(), dups.largest(), dups.seconds());
            console.printf("  speakers merged across the corpus in %.1f s%n", derived.speakers().seconds());

            Path runDir = folder.runDir(runId);
            Map<String, Long> tableRows;
            Map<String, Double> tableSeconds = new LinkedHashMap<>();
            Map<String, Long> byReason;
            Map<String, Long> languages;
            try {
                tableRows = TableWriter.write(derived.tables(), runDir.toString(), options.partitionBy(), sizes, tableSeconds,
                        jsc.defaultParallelism() + 1);
                console.printf("  wrote %d tables in %.1f s%n", tableRows.size(), (System.nanoTime() - t1) / 1e9);
                byReason = countBy(new Path(runDir, "rejects"), "reason");
                languages = countBy(new Path(runDir, "articles"), "language");
            } catch (RuntimeException e) {
                folder.discard(runId); // the output stays as it was, without a half-written run beside it
                throw IoErrors.userErrorIfNoSpace(e, folder.dir());
            } finally {
                derived.release();
            }
            Manifest manifest = new Manifest(runId, started, Instant.now(), options, listing, spark.version(),
                    spark.sparkContext().master(), tableRows, byReason, sizes.chars(), languages,
                    new Manifest.NearDuplicatesSummary(options.duplicateThreshold(), dups.clusters(), dups.duplicates(),
                            dups.largest(), dups.seconds()),
                    sizes.skipped(),
                    existing == null ? 0L : existing.tableRows("articles"),
                    existing == null ? 0L : existing.tableRows("rejects"),
                    existing == null ? List.of() : existing.runs());
            long publishing = System.nanoTime();
            try {
                folder.publisher(lock, console).publish(runId, manifest.toJson(), state, options.outputPolicy().keepRuns());
            } catch (IOException | RuntimeException e) {
                if (!folder.state().currentRunIs(runId)) folder.discard(runId); // not published: the old run stays the output
                throw e;
            }
            console.printf("  published in %.2f s (lock and clean-up before the run %.2f s)%n", (System.nanoTime() - publishing) / 1e9,
                    lockSeconds);
            printSummary(manifest, tableSeconds, folder.dir(), runId);
            return manifest;
        } finally {
            result.unpersist();
            if (known != null) known.destroy();
        }
    }

    private JavaRDD<RawRecord> read(JavaSparkContext jsc, InputFiles.Listing listing, RunOptions options,
                                    CollectionAccumulator<SplitCount> splitCounts) {
        long splitBytes = splitBytes(jsc, listing);
        int tasks = targetTasks(jsc.defaultParallelism(), listing.totalBytes(), splitBytes);
        JavaRDD<RawRecord> records = switch (listing.format()) {
            case JSONL -> JsonlSource.read(jsc, listing.files(), options.columns(), options.maxChars(), splitBytes, splitCounts);
            case CSV -> CsvSource.read(jsc, listing.files(), options.columns(), tasks);
            case TEXT -> TextSource.read(jsc, listing.files(), options.columns(), options.maxChars(), tasks);
            case PARQUET -> ParquetSource.read(spark, listing.files(), options.columns(), tasks);
        };
        return balanced(records, jsc.defaultParallelism(), listing.totalBytes(), tasks);
    }

    /** Splits small enough that every core gets several, large enough that a split is worth a task. */
    static long splitBytes(JavaSparkContext jsc, InputFiles.Listing listing) {
        long configured = jsc.getConf().getSizeAsBytes(MAX_SPLIT_BYTES, "0");
        if (configured > 0) return configured;
        long perTask = listing.totalBytes() / Math.max(1, jsc.defaultParallelism() * 4L);
        return Math.max(MIN_SPLIT_BYTES, Math.min(perTask, 64L << 20));
    }

    /** Loads the shared models (the language model takes about a second) on a daemon thread. */
    private static void preloadModels() {
        Thread t = new Thread(() -> {
            quotestance.text.NlpModels.languages();
            quotestance.text.NlpModels.sentences();
            quotestance.stance.StanceClassifier.defaults();
        }, "quotestance-model-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Tasks for the input: a few per core, more when the input is large (one per split). */
    static int targetTasks(int cores, long totalBytes, long splitBytes) {
        long bySize = (totalBytes + splitBytes - 1) / Math.max(1, splitBytes);
        return (int) Math.max(1, Math.min(Math.max(bySize, 4L * cores), 100_000L));
    }

    /**
     * Input tasks sized so every core stays busy: thousands of small files (one split each) are packed into
     * fewer tasks without a shuffle; an input read as fewer tasks than cores (one small file, one gzip file,
     * one CSV file) is spread over the cores by record count.
     */
    static JavaRDD<RawRecord> balanced(JavaRDD<RawRecord> records, int cores, long totalBytes, int tasks) {
        int parts = records.getNumPartitions();
        if (parts > 2 * tasks) return records.coalesce(tasks);
        if (parts < cores && totalBytes >= MIN_SPLIT_BYTES) return records.repartition(2 * cores);
        return records;
    }

    /** Runs the analysis (the first action over the persisted result) and gathers the sizes the writer needs. */
    private static TableWriter.Sizes sizes(Dataset<Row> result) {
        Row r = result.agg(
                sum(when(col("kind").equalTo(ResultSchema.KIND_ARTICLE), 1L).otherwise(0L)),
                sum(col("article.n_chars").cast("long")),
                sum(size(col("sentences")).cast("long")),
                sum(size(col("quotes")).cast("long")),
                sum(size(col("party_mentions")).cast("long")),
                sum(size(col("stances")).cast("long")),
                sum(when(col("kind").equalTo(ResultSchema.KIND_SKIPPED), 1L).otherwise(0L)),
                count(lit(1))).first();
        return new TableWriter.Sizes(longOr0(r, 0), longOr0(r, 1), longOr0(r, 2), longOr0(r, 3), longOr0(r, 4), longOr0(r, 5),
                longOr0(r, 6), longOr0(r, 7));
    }

    private static long longOr0(Row r, int i) {
        return r.isNullAt(i) ? 0L : r.getLong(i);
    }

    /** Rows of a written table by one column's values, most frequent first (reads one column back). */
    private Map<String, Long> countBy(Path table, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(table.toString())
                .groupBy(column).count().orderBy(col("count").desc(), col(column)).collectAsList()) {
            counts.put(r.isNullAt(0) ? "null" : r.getString(0), r.getLong(1));
        }
        return counts;
    }

    private static Path qualified(String output, Configuration conf) {
        try {
            Path p = new Path(output);
            return p.getFileSystem(conf).makeQualified(p);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("bad --output " + Redaction.uri(output) + ": " + InputFiles.oneLine(e));
        }
    }

    private void printSummary(Manifest m, Map<String, Double> tableSeconds, Path out, String runId) {
        Map<String, Object> json = m.toJson();
        console.println();
        console.printf("quotestance run finished in %.1f s%n", json.get("duration_seconds"));
        long articles = m.tableRows().getOrDefault("articles", 0L);
        long rejects = m.rejectsByReason().values().stream().mapToLong(Long::longValue).sum();
        console.printf("  records: %,d  ->  articles %,d, rejects %,d%n", articles + rejects, articles, rejects);
        m.rejectsByReason().forEach((reason, n) -> console.printf("    %-16s %,d%n", reason, n));
        if (m.skippedExisting() > 0) console.printf("  skipped %,d record(s) whose id the output holds already%n", m.skippedExisting());
        console.printf("  languages: %s%n", m.languages());
        console.println("  tables:");
        m.tableRows().forEach((t, n) -> console.printf("    %-18s %,12d rows  %6.1f s%n", t, n, tableSeconds.getOrDefault(t, 0.0)));
        console.printf("  output: %s (tables in %s, also %s/; manifest %s)%n", Redaction.uri(out.toString()),
                OutputLayout.runFolder(runId), OutputLayout.CURRENT, Manifest.FILE);
    }
}
