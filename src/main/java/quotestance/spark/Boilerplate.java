package quotestance.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import quotestance.quotes.QuoteKey;

/**
 * Page furniture learnt from the corpus: a "quote" with no speaker that one outlet repeats word for word in
 * many of its original articles, and no other outlet carries ("to receive occasional updates and special
 * offers", a sign-up form's text). A quotation that outlets carry, or one with a speaker, is never
 * furniture. Marks {@code quotes.boilerplate}; {@code quote_occurrences} leaves such quotes out. Marked rather
 * than removed: the next {@code --mode append} decides again over everything.
 */
final class Boilerplate {
    /** Original articles of one outlet that must hold the same speakerless words. */
    static final int MIN_ARTICLES = 5;

    private Boilerplate() {
    }

    /**
     * The keys of the furniture among the quotes of the base table: a quote with no speaker has the key
     * {@link QuoteKey} gives its words alone, before and after the speaker merge, so this needs neither. Kept on
     * the driver: a corpus has a few such sentences.
     */
    static List<String> keys(Dataset<Row> quotes, Dataset<Row> slim) {
        UserDefinedFunction key = udf((UDF1<String, String>) t -> t == null ? null : QuoteKey.of(t, null), DataTypes.StringType);
        List<String> out = new ArrayList<>();
        for (Row r : quotes.filter(col("speaker_id").isNull())
                .select(key.apply(col("text")).as("__boiler_key"), col("article_id"))
                .filter(col("__boiler_key").isNotNull())
                .join(slim, "article_id")
                .groupBy(col("__boiler_key"))
                .agg(size(collect_set(when(col("original"), col("article_id")))).as("__originals"),
                        size(collect_set(col("source"))).as("__sources"))
                .filter(col("__originals").geq(MIN_ARTICLES).and(col("__sources").equalTo(1)))
                .select(col("__boiler_key")).collectAsList()) {
            out.add(r.getString(0));
        }
        return out;
    }

    /** The quotes with {@code boilerplate} after {@code quote_key}: true for those whose key is among {@code keys}. */
    static Dataset<Row> mark(SparkSession spark, Dataset<Row> quotes, List<String> keys) {
        List<Row> rows = new ArrayList<>(keys.size());
        for (String k : keys) rows.add(RowFactory.create(k));
        Dataset<Row> furniture = spark.createDataFrame(rows, new StructType().add("__boiler_key", DataTypes.StringType));
        List<Column> out = new ArrayList<>();
        for (String c : quotes.columns()) {
            out.add(col(c));
            if (c.equals("quote_key")) out.add(col("__boiler_key").isNotNull().as("boilerplate"));
        }
        return quotes.join(broadcast(furniture), col("quote_key").equalTo(col("__boiler_key")), "left").select(out.toArray(Column[]::new));
    }
}
