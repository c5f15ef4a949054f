package quotestance.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Marks every article whose id an earlier record already used (earlier: by file path, then record number),
 * with the place of the record that keeps the id. Only ids and places are shuffled, never the articles.
 */
final class Duplicates {
    private Duplicates() {
    }

    /** The result with {@code duplicate_of_file} and {@code duplicate_of_record} set on the later copies. */
    static Dataset<Row> mark(Dataset<Row> located) {
        Dataset<Row> ids = located.filter(col("kind").equalTo(ResultSchema.KIND_ARTICLE))
                .select(col("article_id").as("id"), struct(col("source_file"), col("record_number")).as("place"));
        Dataset<Row> firsts = ids.groupBy("id").agg(count(lit(1)).as("n"), min("place").as("first"))
                .filter(col("n").gt(1));
        Dataset<Row> later = ids.join(firsts, "id")
                .filter(col("place").notEqual(col("first")))
                .select(col("place.source_file").as("__file"), col("place.record_number").as("__record"),
                        col("first.source_file").as("duplicate_of_file"),
                        col("first.record_number").as("duplicate_of_record"))
                .cache();
        long n = later.count();
        if (n == 0) {
            later.unpersist();
            return located.withColumn("duplicate_of_file", lit(null).cast("string"))
                    .withColumn("duplicate_of_record", lit(null).cast("long"));
        }
        Dataset<Row> right = n < 1_000_000 ? broadcast(later) : later;
        return located.join(right, col("source_file").equalTo(col("__file"))
                        .and(col("record_number").equalTo(col("__record"))), "left")
                .drop("__file", "__record");
    }

    static org.apache.spark.sql.Column isDuplicate() {
        return coalesce(col("duplicate_of_record").isNotNull(), lit(false));
    }
}
