package quotestance.spark;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;

/**
 * Parquet through Spark's own reader (splits, column pruning), one scan per footer schema
 * ({@link ParquetFooter}): files whose columns have other types are read apart, and a file without a valid
 * footer is an {@code unreadable_file} reject. Each row's file and row index come from the hidden
 * {@code _metadata} column, so rejects point at the row. Values keep their kind: a binary or numeric text is
 * {@code text_not_string}, an integer id is its digits.
 */
final class ParquetSource {
    /** Spark's reader option that turns off glob expansion of its paths: the listed files are read as named. */
    private static final String GLOB_PATHS = "__globPaths__";

    private ParquetSource() {
    }

    static JavaRDD<RawRecord> read(SparkSession spark, List<InputFile> files, ColumnMapping columns, int tasks) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, List<InputFile>> bySchema = new LinkedHashMap<>();
        List<RawRecord> unreadable = new ArrayList<>();
        for (ParquetFooter footer : ParquetFooter.readAll(jsc, files, tasks)) {
            if (footer.failure() != null) unreadable.add(Unreadable.file(footer.file().name(), footer.failure()));
            else bySchema.computeIfAbsent(footer.schema(), s -> new ArrayList<>()).add(footer.file());
        }
        JavaRDD<RawRecord> records = jsc.parallelize(unreadable, 1);
        for (List<InputFile> group : bySchema.values()) records = records.union(readGroup(spark, jsc, group, columns));
        return records;
    }

    private static JavaRDD<RawRecord> readGroup(SparkSession spark, JavaSparkContext jsc, List<InputFile> files,
                                                ColumnMapping columns) {
        Dataset<Row> df;
        try {
            df = spark.read().options(InputConf.SETTINGS).option(GLOB_PATHS, "false")
                    .parquet(files.stream().map(f -> f.hadoopPath().toString()).toArray(String[]::new));
        } catch (Exception e) { // a footer Spark cannot map to its types (Spark's AnalysisException is checked in Java)
            String failure = Unreadable.describe(e);
            return jsc.parallelize(files.stream().map(f -> Unreadable.file(f.name(), failure)).toList(), 1);
        }
        Set<String> present = Set.of(df.columns());
        List<String> wanted = new ArrayList<>();
        for (String c : columns.all()) {
            if (present.contains(c) && !wanted.contains(c)) wanted.add(c);
        }
        List<Column> select = new ArrayList<>();
        for (String c : wanted) select.add(col("`" + c + "`"));
        select.add(col("_metadata.file_path").as("__file"));
        select.add(col("_metadata.row_index").as("__row"));
        Dataset<Row> picked = df.select(select.toArray(Column[]::new));
        StructType schema = picked.schema();
        boolean[] nonScalar = new boolean[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            DataType type = schema.fields()[i].dataType();
            nonScalar[i] = type instanceof StructType || type instanceof ArrayType || type instanceof MapType;
        }
        List<String> fieldNames = List.copyOf(wanted);
        return picked.javaRDD().map(row -> {
            Map<String, Object> fields = new HashMap<>(8);
            int n = fieldNames.size();
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                fields.put(fieldNames.get(i), v == null ? null : nonScalar[i] ? RawRecord.NON_SCALAR : scalar(v));
            }
            return RawRecord.of(nameOf(row.getString(n)), -1, row.getLong(n + 1), fields, rawOf(fieldNames, row));
        });
    }

    /** The shown name of a file Spark names by its URI ({@code _metadata.file_path} is URL-encoded). */
    static String nameOf(String filePath) {
        try {
            return InputFile.nameOf(new Path(new URI(filePath)));
        } catch (URISyntaxException e) {
            return InputFile.nameOf(new Path(filePath));
        }
    }

    /** Values as the validator takes them: times as java.time, bytes as bytes (never their list of numbers). */
    private static Object scalar(Object v) {
        if (v instanceof Timestamp t) return t.toInstant();
        if (v instanceof Date d) return d.toLocalDate();
        return v;
    }

    private static String rawOf(List<String> names, Row row) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            Object v = row.get(i);
            String s = v instanceof byte[] b ? "binary(" + b.length + " bytes)" : String.valueOf(v);
            sb.append(names.get(i)).append('=').append(s.length() > 200 ? s.substring(0, 200) + "..." : s);
        }
        return sb.append('}').toString();
    }
}
