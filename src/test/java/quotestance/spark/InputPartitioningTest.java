package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.testing.Corpus;
import quotestance.testing.TestSpark;

/** Input tasks keep both cores busy on many small files and on one file that cannot be split. */
class InputPartitioningTest {
    @TempDir
    Path dir;

    private static String article(int i) {
        return Corpus.line(Map.of("id", "a" + i, "text", ("Article " + i + " says the council met. ").repeat(40)));
    }

    private JavaRDD<RawRecord> read(List<String> inputs) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.get().sparkContext());
        InputFiles.Listing listing = InputFiles.list(inputs, null, jsc.hadoopConfiguration());
        long split = RunJob.splitBytes(jsc, listing);
        int tasks = RunJob.targetTasks(jsc.defaultParallelism(), listing.totalBytes(), split);
        JavaRDD<RawRecord> records = JsonlSource.read(jsc, listing.files(), ColumnMapping.defaults(), RunOptions.DEFAULT_MAX_CHARS, split,
                jsc.sc().collectionAccumulator());
        return RunJob.balanced(records, jsc.defaultParallelism(), listing.totalBytes(), tasks);
    }

    @Test
    void manySmallFilesArePackedIntoAFewTasks() throws Exception {
        for (int f = 0; f < 60; f++) Corpus.jsonl(dir.resolve("in/part-" + f + ".jsonl"), List.of(article(f)));
        JavaRDD<RawRecord> records = read(List.of(dir.resolve("in").toString()));
        int cores = TestSpark.get().sparkContext().defaultParallelism();
        assertEquals(4 * cores, records.getNumPartitions(), "60 one-article files in " + records.getNumPartitions() + " tasks");
        assertEquals(60, records.count());
    }

    @Test
    void oneGzipFileIsSpreadOverTheCores() throws Exception {
        // gzip cannot be split: Hadoop reads the file as one split whatever its size
        Path gz = dir.resolve("one.jsonl.gz");
        java.util.Random random = new java.util.Random(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) text.append(Long.toString(random.nextLong() >>> 20, 36)).append(' ');
            lines.add(Corpus.line(Map.of("id", "g" + i, "text", text.toString())));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(gz) >= RunJob.MIN_SPLIT_BYTES, "size " + Files.size(gz));
        JavaRDD<RawRecord> records = read(List.of(gz.toString()));
        int cores = TestSpark.get().sparkContext().defaultParallelism();
        assertEquals(2 * cores, records.getNumPartitions());
        assertEquals(300, records.count());
    }
}
