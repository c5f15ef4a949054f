package quotestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The base tables as projections of the resolved result (one row per input record, with record numbers and
 * duplicate-id marks): what one run adds to the output. Nothing here reads the input or runs the analysis
 * again. The corpus-wide tables and columns are derived from these by {@link DerivedTables}, over this run
 * alone or over everything an appended output holds.
 */
public final class OutputTables {
    /** Every table the job writes, in the order of docs/tables.md. */
    public static final List<String> NAMES = List.of(
            "articles", "sentences", "quotes", "speakers", "article_speakers", "party_mentions", "stances",
            "stance_summary", "quote_occurrences", "rejects");
    /** The tables that hold one article's rows and so can be laid out by {@code --partition-by}. */
    public static final List<String> ARTICLE_TABLES = List.of(
            "articles", "sentences", "quotes", "article_speakers", "party_mentions", "stances");
    /** The tables a run adds rows to; the others are derived from them over the whole output. */
    public static final List<String> BASE_TABLES = List.of(
            "articles", "sentences", "quotes", "article_speakers", "party_mentions", "stances", "rejects");

    private final Dataset<Row> resolved;
    private final PartitionBy partitionBy;

    public OutputTables(Dataset<Row> resolved, PartitionBy partitionBy) {
        this.resolved = resolved;
        this.partitionBy = partitionBy;
    }

    /** The base tables of this run, keyed by name in {@link #BASE_TABLES} order. */
    public Map<String, Dataset<Row>> base() {
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("articles", articles());
        t.put("sentences", exploded("sentences"));
        t.put("quotes", exploded("quotes"));
        t.put("article_speakers", exploded("speakers"));
        t.put("party_mentions", exploded("party_mentions"));
        t.put("stances", exploded("stances"));
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

    /**
     * The article's own columns. Id, source and published are taken from the top-level copies, so that a
     * projection of just those (the derived tables join on them) never decodes the article with its text.
     */
    Dataset<Row> articles() {
        List<Column> cols = new ArrayList<>();
        for (String f : ResultSchema.ARTICLE.fieldNames()) {
            boolean topLevel = f.equals("article_id") || f.equals("source") || f.equals("published");
            if (f.equals("source") && partitionBy == PartitionBy.SOURCE) cols.add(partitionBy.column()); // its folder's value
            else cols.add(topLevel ? col(f) : col("article." + f).as(f));
        }
        cols.add(col("minhash"));
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
        if (array.equals("speakers")) {
            // what the article alone says, kept beside the corpus-wide id and type that SpeakerIdentities derives
            cols.add(col("e.speaker_id").as("local_id"));
            cols.add(col("e.type").as("local_type"));
        }
        if (partitionBy != PartitionBy.NONE) cols.add(col(partitionBy.label()));
        return kept().select(outer.toArray(Column[]::new)).select(cols.toArray(Column[]::new));
    }

    private static String[] elementFields(String array) {
        return switch (array) {
            case "sentences" -> ResultSchema.SENTENCE.fieldNames();
            case "quotes" -> ResultSchema.QUOTE.fieldNames();
            case "speakers" -> ResultSchema.SPEAKER.fieldNames();
            case "party_mentions" -> ResultSchema.PARTY_MENTION.fieldNames();
            case "stances" -> ResultSchema.STANCE.fieldNames();
            default -> throw new IllegalArgumentException(array);
        };
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
