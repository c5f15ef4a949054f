package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.year;

import java.util.Locale;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/** How the article-level tables are laid out on disk: flat, or in folders by source, year or month. */
public enum PartitionBy {
    NONE, SOURCE, YEAR, MONTH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The partition column computed from the result's top-level article fields; null for {@link #NONE}. A
     * source is made a folder name that can hold it ({@link PartitionValue}).
     */
    Column column() {
        return switch (this) {
            case NONE -> null;
            case SOURCE -> functions.udf((UDF1<String, String>) PartitionValue::of, DataTypes.StringType)
                    .apply(col("source")).as("source");
            case YEAR -> year(col("published")).as("year");
            case MONTH -> date_format(col("published"), "yyyy-MM").as("month");
        };
    }
}
