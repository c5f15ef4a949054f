package quotestance.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import quotestance.corpus.MinHash;

/**
 * Finds syndicated copies and near-duplicates with MinHash LSH, without comparing all pairs: each article's
 * signature is cut into {@link MinHash#BANDS} bands; articles sharing a band fall in one bucket; within a
 * bucket, ordered earliest first, each article is linked to the bucket's first and to its predecessor (so a
 * bucket of n articles gives at most 2n candidate pairs, never n²); candidates are kept when their
 * signatures agree on at least the threshold share of positions. Linked articles form clusters (union-find
 * over the kept pairs, which are few and small, on the driver); each cluster's earliest article
 * ({@code published}, then id; undated ones last) is the original and every other one is a
 * {@code duplicate_of} it, with the estimated similarity of the two.
 */
final class NearDuplicates {
    /** Default share of MinHash positions two texts must share: estimated word-shingle Jaccard ≥ 0.7. */
    static final double DEFAULT_THRESHOLD = 0.7;

    /** What the detection found, for the console and the manifest. */
    record Clusters(Dataset<Row> marks, long clusters, long duplicates, long largest, double seconds) {
    }

    private static final StructType PAIRS = new StructType()
            .add("article_id", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
    private static final StructType MARKS = PAIRS.add("duplicate_similarity", DataTypes.DoubleType);

    private NearDuplicates() {
    }

    /**
     * @param articles rows with {@code article_id}, {@code published}, {@code minhash}
     * @return the marks, one row per duplicate: {@code article_id}, {@code duplicate_of}, {@code duplicate_similarity}
     */
    static Clusters find(SparkSession spark, Dataset<Row> articles, double threshold) {
        long t0 = System.nanoTime();
        Dataset<Row> sigs = articles.filter(col("minhash").isNotNull())
                .select(col("article_id"), col("published"), col("minhash"));
        UserDefinedFunction similarity = similarityFunction();
        Dataset<Row> candidates = candidates(sigs).persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> kept;
        try {
            // most corpora have few copies: when no bucket holds two articles, skip the signature joins
            kept = candidates.isEmpty() ? List.of() : withSignatures(candidates, col("a.id"), col("b.id"), sigs)
                    .filter(similarity.apply(col("a_sig"), col("b_sig")).geq(threshold))
                    .select(col("a"), col("b"))
                    .collectAsList();
        } finally {
            candidates.unpersist();
        }
        List<Row> pairs = cluster(kept);
        // computed once here: the marks are joined to three tables, and small enough to hold on the driver
        List<Row> marks = pairs.isEmpty() ? List.of()
                : withSignatures(spark.createDataFrame(pairs, PAIRS), col("article_id"), col("duplicate_of"), sigs)
                        .select(col("article_id"), col("duplicate_of"),
                                round(similarity.apply(col("a_sig"), col("b_sig")), 4).as("duplicate_similarity"))
                        .collectAsList();
        Map<String, Long> sizes = new HashMap<>();
        for (Row r : pairs) sizes.merge(r.getString(1), 1L, Long::sum);
        long largest = sizes.values().stream().mapToLong(n -> n + 1).max().orElse(0L); // the original counts too
        return new Clusters(spark.createDataFrame(marks, MARKS), sizes.size(), pairs.size(), largest,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Candidate pairs (a, b) of order keys, a before b in some band's bucket: at most two per bucket member. */
    private static Dataset<Row> candidates(Dataset<Row> sigs) {
        // order key: undated last, then by date, then by id
        Dataset<Row> keyed = sigs.withColumn("order", struct(col("published").isNull().as("undated"),
                col("published").as("published"), col("article_id").as("id")));
        String bandKeys = "transform(sequence(0, " + (MinHash.BANDS - 1) + "), b -> xxhash64(b, slice(minhash, b * "
                + MinHash.ROWS + " + 1, " + MinHash.ROWS + ")))";
        // buckets hold only the members' order keys: shuffling the signatures too made this four times slower
        Dataset<Row> buckets = keyed.select(col("order"), explode(expr(bandKeys)).as("bucket"))
                .groupBy("bucket").agg(array_sort(collect_list(col("order"))).as("m"))
                .filter(size(col("m")).gt(1));
        return buckets.select(explode(expr("transform(sequence(2, size(m)), i -> "
                        + "array(struct(m[0] as a, m[i - 1] as b), struct(m[i - 2] as a, m[i - 1] as b)))")).as("pairs"))
                .select(explode(col("pairs")).as("e"))
                .select(col("e.a").as("a"), col("e.b").as("b"))
                .filter(col("a").notEqual(col("b")))
                .distinct();
    }

    /** The pairs with the signature of each side as {@code a_sig} and {@code b_sig}. */
    private static Dataset<Row> withSignatures(Dataset<Row> pairs, Column a, Column b, Dataset<Row> sigs) {
        Dataset<Row> sa = sigs.select(col("article_id").as("a_id"), col("minhash").as("a_sig"));
        Dataset<Row> sb = sigs.select(col("article_id").as("b_id"), col("minhash").as("b_sig"));
        return pairs.join(sa, a.equalTo(col("a_id"))).join(sb, b.equalTo(col("b_id")));
    }

    /** The share of positions where two signatures agree (a Java function: SQL lambdas were slower). */
    private static UserDefinedFunction similarityFunction() {
        return udf((UDF2<scala.collection.Seq<Integer>, scala.collection.Seq<Integer>, Double>) (a, b) -> {
            int same = 0;
            for (int i = 0; i < MinHash.SIZE; i++) if (a.apply(i).intValue() == b.apply(i).intValue()) same++;
            return same / (double) MinHash.SIZE;
        }, DataTypes.DoubleType);
    }

    /** Union-find over the kept pairs; every member but the earliest of a cluster points to the earliest. */
    static List<Row> cluster(List<Row> pairs) {
        Map<String, Integer> index = new HashMap<>();
        List<Row> orders = new ArrayList<>();
        int[][] edges = new int[pairs.size()][];
        for (int i = 0; i < pairs.size(); i++) {
            Row p = pairs.get(i);
            edges[i] = new int[] {node(p.getStruct(0), index, orders), node(p.getStruct(1), index, orders)};
        }
        int[] parent = new int[orders.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int[] e : edges) {
            int ra = find(parent, e[0]);
            int rb = find(parent, e[1]);
            if (ra == rb) continue;
            // the root is the earlier of the two, so each cluster's root ends as its earliest member
            if (earlier(orders.get(ra), orders.get(rb))) parent[rb] = ra;
            else parent[ra] = rb;
        }
        List<Row> marks = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int r = find(parent, i);
            if (r != i) marks.add(RowFactory.create(orders.get(i).getString(2), orders.get(r).getString(2)));
        }
        return marks;
    }

    private static int node(Row order, Map<String, Integer> index, List<Row> orders) {
        return index.computeIfAbsent(order.getString(2), id -> {
            orders.add(order);
            return orders.size() - 1;
        });
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static java.time.Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) timestamp;
    }

    /** (undated, published, id) ascending: dated before undated, earlier first, then the smaller id. */
    static boolean earlier(Row a, Row b) {
        boolean ua = a.getBoolean(0);
        boolean ub = b.getBoolean(0);
        if (ua != ub) return !ua;
        if (!ua) {
            int c = instant(a.get(1)).compareTo(instant(b.get(1)));
            if (c != 0) return c < 0;
        }
        return a.getString(2).compareTo(b.getString(2)) < 0;
    }
}
