package quotestance.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Gives every result row its {@code record_number}: the 1-based line of a JSONL record in its file, or the
 * number the source already knew. The split line counts come from the pass that read the lines; a split
 * counted twice (a retried task) counts the same, so duplicates are dropped by key.
 */
final class RecordNumbers {
    private RecordNumbers() {
    }

    static Dataset<Row> attach(SparkSession spark, Dataset<Row> result, Collection<SplitCount> splitCounts) {
        if (splitCounts.isEmpty()) {
            return result.withColumn("record_number", col("record_index").plus(1));
        }
        Map<String, TreeMap<Long, Long>> byFile = new HashMap<>();
        for (SplitCount c : splitCounts) {
            byFile.computeIfAbsent(c.file(), k -> new TreeMap<>()).put(c.splitStart(), c.lines());
        }
        List<Row> rows = new ArrayList<>();
        byFile.forEach((file, splits) -> {
            long before = 0;
            for (Map.Entry<Long, Long> e : splits.entrySet()) {
                rows.add(RowFactory.create(file, e.getKey(), before));
                before += e.getValue();
            }
        });
        StructType schema = new StructType()
                .add("__file", DataTypes.StringType).add("__split", DataTypes.LongType).add("__before", DataTypes.LongType);
        Dataset<Row> offsets = spark.createDataFrame(rows, schema);
        return result
                .join(broadcast(offsets), col("source_file").equalTo(col("__file")).and(col("split_start").equalTo(col("__split"))), "left")
                .withColumn("record_number", col("record_index").plus(1).plus(coalesce(col("__before"), lit(0L))))
                .drop("__file", "__split", "__before");
    }
}
