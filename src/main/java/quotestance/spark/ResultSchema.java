package quotestance.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of the one persisted result: a row per input record, holding either a rejection or an article
 * with all it yielded as arrays of structs. Every output table is a projection of it, so each element struct
 * below is, column for column, a table's row (the table adds {@code article_id} and the record's location).
 */
public final class ResultSchema {
    public static final StructType ARTICLE = struct(
            f("article_id", StringType), f("source", StringType), f("published", TimestampType),
            f("title", StringType), f("url", StringType), f("text", StringType), f("n_chars", IntegerType),
            f("n_paragraphs", IntegerType), f("n_sentences", IntegerType), f("n_quotes", IntegerType),
            f("warnings", createArrayType(StringType, false)), f("language", StringType),
            f("language_confidence", DoubleType));

    public static final StructType SENTENCE = struct(
            f("sentence_index", IntegerType), f("paragraph_index", IntegerType), f("start", IntegerType),
            f("end", IntegerType), f("text", StringType), f("n_tokens", IntegerType));

    public static final StructType QUOTE = struct(
            f("quote_id", StringType), f("start", IntegerType), f("end", IntegerType), f("text", StringType),
            f("kind", StringType), f("cue", StringType), f("cue_start", IntegerType), f("cue_end", IntegerType),
            f("speaker_mention", StringType), f("speaker_start", IntegerType), f("speaker_end", IntegerType),
            f("speaker", StringType), f("speaker_id", StringType), f("speaker_type", StringType),
            f("attribution", StringType), f("mention_rule", StringType), f("confidence", DoubleType),
            f("sentence_index", IntegerType));

    public static final StructType SPEAKER = struct(
            f("speaker_id", StringType), f("name", StringType), f("aliases", createArrayType(StringType, false)),
            f("titles", createArrayType(StringType, false)), f("type", StringType), f("n_quotes", IntegerType));

    public static final StructType PARTY_MENTION = struct(
            f("party", StringType), f("party_type", StringType), f("mention", StringType), f("start", IntegerType),
            f("end", IntegerType), f("quote_id", StringType));

    public static final StructType STANCE = struct(
            f("quote_id", StringType), f("holder", StringType), f("holder_id", StringType), f("party", StringType),
            f("mention", StringType), f("mention_start", IntegerType), f("mention_end", IntegerType),
            f("label", StringType), f("score", DoubleType), f("evidence", StringType));

    public static final StructType RESULT = struct(
            // article_id, source and published stand beside the article struct too: the in-memory cache keeps
            // a struct as one column, so reading a field from it would decode the whole article with its text
            f("kind", StringType), f("article_id", StringType), f("source", StringType), f("published", TimestampType),
            f("language", StringType), f("minhash", createArrayType(IntegerType, false)), f("source_file", StringType), f("split_start", LongType),
            f("record_index", LongType), f("reason", StringType), f("detail", StringType), f("raw", StringType),
            f("article", ARTICLE),
            f("sentences", createArrayType(SENTENCE, false)),
            f("quotes", createArrayType(QUOTE, false)),
            f("speakers", createArrayType(SPEAKER, false)),
            f("party_mentions", createArrayType(PARTY_MENTION, false)),
            f("stances", createArrayType(STANCE, false)));

    public static final String KIND_ARTICLE = "article";
    public static final String KIND_REJECT = "reject";
    /** A record an appended output holds already (by id): not analysed, in no table, counted in the manifest. */
    public static final String KIND_SKIPPED = "skipped";

    private ResultSchema() {
    }

    private static StructField f(String name, DataType type) {
        return new StructField(name, type, true, org.apache.spark.sql.types.Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

}
