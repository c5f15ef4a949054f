package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import quotestance.UserError;
import quotestance.output.OutputState;

/**
 * The tables an earlier run left in the output folder, for {@code --mode append}: the ids they hold (so
 * those records are not analysed again), their base tables to be written again beside the new rows, and
 * the runs the manifest lists.
 */
final class ExistingOutput {
    private final SparkSession spark;
    private final Path dir;
    private final Map<String, Object> manifest;

    private ExistingOutput(SparkSession spark, Path dir, Map<String, Object> manifest) {
        this.spark = spark;
        this.dir = dir;
        this.manifest = manifest;
    }

    /**
     * The tables an output holds (its current run's, or the top-level tables of the older layout), with the
     * manifest that describes them.
     */
    static ExistingOutput open(SparkSession spark, OutputState state, PartitionBy partitionBy) {
        Path dir = state.tablesDir();
        Map<String, Object> manifest = state.manifest();
        Object options = manifest.get("options");
        Object was = options instanceof Map<?, ?> m ? m.get("partition_by") : null;
        if (was != null && !partitionBy.label().equals(was)) {
            throw new UserError("cannot append with --partition-by " + partitionBy.label() + " to an output laid out by "
                    + was + "; pass --partition-by " + was);
        }
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String t : OutputTables.BASE_TABLES) {
                if (!fs.exists(new Path(dir, t))) {
                    throw new UserError("cannot append to " + dir + ": its table '" + t + "' is missing (written by an older version?)");
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot read the output " + dir + " to append to it: " + InputFiles.oneLine(e), e);
        }
        return new ExistingOutput(spark, dir, manifest);
    }

    /** The hashed ids of the articles the output holds (gathered as one array per partition, not boxed). */
    KnownIds ids() {
        List<long[]> parts = table("articles").select(col("article_id")).javaRDD()
                .mapPartitions((FlatMapFunction<java.util.Iterator<Row>, long[]>) rows -> {
                    long[] a = new long[1024];
                    int n = 0;
                    while (rows.hasNext()) {
                        if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
                        a[n++] = KnownIds.hash(rows.next().getString(0));
                    }
                    return List.of(java.util.Arrays.copyOf(a, n)).iterator();
                }).collect();
        int total = 0;
        for (long[] p : parts) total += p.length;
        long[] all = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return KnownIds.of(all);
    }

    /** Each base table of this run followed by the same table's existing rows, column for column. */
    Map<String, Dataset<Row>> unionWith(Map<String, Dataset<Row>> runTables) {
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        runTables.forEach((name, fresh) -> {
            Dataset<Row> old = table(name);
            List<Column> cols = new ArrayList<>();
            for (StructField f : fresh.schema().fields()) {
                if (!List.of(old.columns()).contains(f.name())) {
                    // a column a newer version added: the earlier rows have no value for it
                    if (!f.nullable()) {
                        throw new UserError("cannot append to " + dir + ": its table '" + name + "' has no column '" + f.name()
                                + "' (written by an older version?)");
                    }
                    cols.add(lit(null).cast(f.dataType()).as(f.name()));
                    continue;
                }
                // partition folders read back with inferred types (month as string, year as int): cast atomic columns;
                // arrays and structs keep theirs (they differ only in nullability, which a cast cannot add)
                boolean atomic = !(f.dataType() instanceof ArrayType || f.dataType() instanceof StructType);
                cols.add(atomic ? col(f.name()).cast(f.dataType()).as(f.name()) : col(f.name()));
            }
            out.put(name, fresh.unionByName(old.select(cols.toArray(Column[]::new))));
        });
        return out;
    }

    private Dataset<Row> table(String name) {
        // partition values are read back as the strings they were written as ("007" stays "007", not 7);
        // unionWith casts them to the column's type
        // (partitions are discovered when the DataFrame is made, so the setting is put back right after)
        String key = "spark.sql.sources.partitionColumnTypeInference.enabled";
        String before = spark.conf().get(key, "true");
        spark.conf().set(key, "false");
        try {
            return spark.read().parquet(new Path(dir, name).toString());
        } finally {
            spark.conf().set(key, before);
        }
    }

    /** The runs listed by the manifest, oldest first (a manifest from before runs were listed counts as one). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> runs() {
        Object runs = manifest.get("runs");
        if (runs instanceof List<?> l) return (List<Map<String, Object>>) l;
        return List.of(Manifest.runEntry(manifest));
    }

    /** Rows per table and text characters the output holds, to size the files of the rewritten tables. */
    long tableRows(String table) {
        Object tables = manifest.get("tables");
        return tables instanceof Map<?, ?> m && m.get(table) instanceof Number n ? n.longValue() : 0L;
    }

    long textChars() {
        Object records = manifest.get("records");
        return records instanceof Map<?, ?> m && m.get("text_chars") instanceof Number n ? n.longValue() : 0L;
    }
}
