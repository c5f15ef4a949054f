package quotestance.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;

/**
 * Parquet through Spark's own reader (splits, predicate-free column pruning); each row's file and row index
 * come from the hidden {@code _metadata} column, so rejects point at the row.
 */
final class ParquetSource {
    private ParquetSource() {
    }

    static JavaRDD<RawRecord> read(SparkSession spark, List<InputFile> files, ColumnMapping columns) {
        String[] paths = files.stream().map(InputFile::path).toArray(String[]::new);
        Dataset<Row> df = spark.read().parquet(paths);
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
            var type = schema.fields()[i].dataType();
            nonScalar[i] = type instanceof StructType || type instanceof ArrayType || type instanceof MapType;
        }
        List<String> names = List.copyOf(wanted);
        return picked.javaRDD().map(row -> {
            Map<String, Object> fields = new HashMap<>(8);
            int n = names.size();
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                fields.put(names.get(i), v == null ? null : nonScalar[i] ? RawRecord.NON_SCALAR : scalar(v));
            }
            String file = row.getString(n);
            long index = row.getLong(n + 1);
            return RawRecord.of(file, -1, index, fields, rawOf(names, row));
        });
    }

    private static Object scalar(Object v) {
        if (v instanceof Timestamp t) return t.toInstant().toString();
        if (v instanceof Instant i) return i.toString();
        if (v instanceof Date d) return d.toLocalDate().toString();
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof byte[] b) return Arrays.toString(b);
        return v;
    }

    private static String rawOf(List<String> names, Row row) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            Object v = row.get(i);
            String s = String.valueOf(v);
            sb.append(names.get(i)).append('=').append(s.length() > 200 ? s.substring(0, 200) + "..." : s);
        }
        return sb.append('}').toString();
    }
}
