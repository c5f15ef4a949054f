package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mean;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The output tables as projections of the resolved result (one row per input record, with record numbers
 * and duplicate marks). Nothing here reads the input or runs the analysis again.
 */
public final class OutputTables {
    public static final List<String> NAMES = List.of(
            "articles", "sentences", "quotes", "speakers", "party_mentions", "stances", "stance_summary", "rejects");
    /** The tables that hold one article's rows and so can be laid out by {@code --partition-by}. */
    public static final List<String> ARTICLE_TABLES = List.of("articles", "sentences", "quotes", "party_mentions", "stances");

    private final Dataset<Row> resolved;
    private final PartitionBy partitionBy;

    public OutputTables(Dataset<Row> resolved, PartitionBy partitionBy) {
        this.resolved = resolved;
        this.partitionBy = partitionBy;
    }

    public Map<String, Dataset<Row>> all() {
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("articles", articles());
        t.put("sentences", exploded("sentences"));
        t.put("quotes", exploded("quotes"));
        t.put("speakers", speakers());
        t.put("party_mentions", exploded("party_mentions"));
        t.put("stances", exploded("stances"));
        t.put("stance_summary", stanceSummary());
        t.put("rejects", rejects());
        return t;
    }

    private Dataset<Row> kept() {
        return resolved.filter(col("kind").equalTo(ResultSchema.KIND_ARTICLE).and(functions.not(Duplicates.isDuplicate())));
    }

    private List<Column> partitionColumns() {
        Column c = partitionBy.column();
        return c == null ? List.of() : List.of(c);
    }

    Dataset<Row> articles() {
        List<Column> cols = new ArrayList<>();
        for (String f : ResultSchema.ARTICLE.fieldNames()) cols.add(col("article." + f).as(f));
        cols.add(col("source_file"));
        cols.add(col("record_number"));
        if (partitionBy != PartitionBy.SOURCE) cols.addAll(partitionColumns()); // source is a column already
        return kept().select(cols.toArray(Column[]::new));
    }

    private Dataset<Row> exploded(String array) {
        List<Column> outer = new ArrayList<>();
        outer.add(col("article_id"));
        outer.addAll(partitionColumns());
        outer.add(explode(col(array)).as("e"));
        List<Column> cols = new ArrayList<>();
        cols.add(col("article_id"));
        for (String f : elementFields(array)) cols.add(col("e." + f).as(f));
        if (partitionBy != PartitionBy.NONE) cols.add(col(partitionBy.label()));
        return kept().select(outer.toArray(Column[]::new)).select(cols.toArray(Column[]::new));
    }

    private static String[] elementFields(String array) {
        return switch (array) {
            case "sentences" -> ResultSchema.SENTENCE.fieldNames();
            case "quotes" -> ResultSchema.QUOTE.fieldNames();
            case "party_mentions" -> ResultSchema.PARTY_MENTION.fieldNames();
            case "stances" -> ResultSchema.STANCE.fieldNames();
            default -> throw new IllegalArgumentException(array);
        };
    }

    /** One row per speaker across the corpus, merged by {@code speaker_id}. */
    Dataset<Row> speakers() {
        Dataset<Row> perArticle = kept().select(col("article_id"), explode(col("speakers")).as("s"));
        return perArticle.groupBy(col("s.speaker_id").as("speaker_id")).agg(
                        functions.mode(col("s.name")).as("name"),
                        functions.array_sort(functions.array_distinct(functions.flatten(functions.collect_list(col("s.aliases"))))).as("aliases"),
                        functions.array_sort(functions.array_distinct(functions.flatten(functions.collect_list(col("s.titles"))))).as("titles"),
                        functions.mode(col("s.type")).as("type"),
                        sum(col("s.n_quotes")).cast("long").as("n_quotes"),
                        countDistinct(col("article_id")).cast("long").as("n_articles"))
                .select("speaker_id", "name", "aliases", "titles", "type", "n_quotes", "n_articles");
    }

    /** Counts and mean score per holder and party, with the span of publication dates. */
    Dataset<Row> stanceSummary() {
        Dataset<Row> s = kept().select(col("article_id"), col("published"), explode(col("stances")).as("s"));
        return s.groupBy(col("s.holder").as("holder"), col("s.holder_id").as("holder_id"), col("s.party").as("party"))
                .agg(labelCount("negative"), labelCount("neutral"), labelCount("positive"),
                        // rounded: a sum's last bits depend on the order partitions arrive in; reruns must agree
                        functions.round(mean(col("s.score")), 6).as("mean_score"),
                        countDistinct(col("article_id")).cast("long").as("n_articles"),
                        min(col("published")).as("first_published"), max(col("published")).as("last_published"));
    }

    private static Column labelCount(String label) {
        return sum(when(col("s.label").equalTo(label), 1L).otherwise(0L)).as("n_" + label);
    }

    Dataset<Row> rejects() {
        Dataset<Row> bad = resolved.filter(col("kind").equalTo(ResultSchema.KIND_REJECT))
                .select(col("source_file"), col("record_number"), col("reason"), col("detail"), col("raw"));
        Dataset<Row> dups = resolved.filter(Duplicates.isDuplicate())
                .select(col("source_file"), col("record_number"), lit(RejectReason.DUPLICATE_ID).as("reason"),
                        concat(lit("id '"), col("article_id"), lit("' is taken by record "),
                                col("duplicate_of_record").cast("string"), lit(" of "), col("duplicate_of_file")).as("detail"),
                        functions.substring(col("article.text"), 1, AnalysisRows.MAX_RAW).as("raw"));
        return bad.unionByName(dups);
    }
}
