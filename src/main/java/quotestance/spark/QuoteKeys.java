package quotestance.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import quotestance.quotes.QuoteKey;

/**
 * Gives every quote its {@code quote_key} over the whole output: its own key ({@link QuoteKey}: speaker and
 * folded words), or, when its words are the start or the end of a longer quotation by the same speaker
 * (an outlet that trimmed the quote), the key of the longest such quotation. Only one speaker's distinct
 * quotations are compared, and each only with those sharing its first or last {@link #EDGE_WORDS} words,
 * so the work grows with the number of distinct quotations, not with their pairs. Quotes without a speaker are never
 * merged: nothing says two such copies come from the same person.
 */
final class QuoteKeys {
    /** Words a trimmed copy must keep, and the edge its longer form must share with it. */
    static final int EDGE_WORDS = 6;

    private QuoteKeys() {
    }

    static Dataset<Row> assign(SparkSession spark, Dataset<Row> quotes) {
        UserDefinedFunction words = udf((UDF1<String, String>) t -> t == null ? "" : QuoteKey.words(t), DataTypes.StringType);
        UserDefinedFunction speaker = udf((UDF1<String, String>) QuoteKey::speakerPart, DataTypes.StringType);
        // the key is QuoteKey's own, not rebuilt here in SQL: one rule for what makes two quotations the same
        UserDefinedFunction key = udf((UDF2<String, String, String>) QuoteKey::ofWords, DataTypes.StringType);
        Dataset<Row> own = quotes
                .withColumn("__words", words.apply(col("text")))
                .withColumn("__speaker", speaker.apply(col("speaker_id")))
                .withColumn("__key", key.apply(col("__words"), col("speaker_id")));

        Map<String, String> canonical = resolve(trimLinks(own));
        List<Row> rows = new ArrayList<>(canonical.size());
        canonical.forEach((k, v) -> rows.add(RowFactory.create(k, v)));
        Dataset<Row> mapping = spark.createDataFrame(rows,
                new StructType().add("__from", DataTypes.StringType).add("__to", DataTypes.StringType));

        List<Column> out = new ArrayList<>();
        for (String c : quotes.columns()) {
            out.add(col(c));
            if (c.equals("quote_id")) out.add(coalesce(col("__to"), col("__key")).as("quote_key"));
        }
        return own.join(broadcast(mapping), col("__key").equalTo(col("__from")), "left").select(out.toArray(Column[]::new));
    }

    /**
     * Each trimmed quotation's key with the key of the longest quotation it starts or ends. One shuffle: the
     * distinct quotations of {@link #EDGE_WORDS} words or more (shorter ones are never linked), laid out by
     * speaker and sorted, so each speaker's are met together and compared by {@link #longerForms}. Plain
     * distinct-and-sort rather than a set per speaker: Spark's object aggregates cost far more per group.
     */
    private static List<Row> trimLinks(Dataset<Row> own) {
        Dataset<Row> distinct = own
                .filter(col("__key").isNotNull().and(col("__speaker").notEqual(lit(QuoteKey.speakerPart(null))))
                        .and(size(split(col("__words"), " ")).geq(EDGE_WORDS)))
                .select(col("__speaker"), col("__key"), col("__words"))
                .distinct();
        return distinct.repartition(col("__speaker")).sortWithinPartitions(col("__speaker"), col("__key"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) QuoteKeys::linksPerSpeaker,
                        Encoders.row(new StructType().add("from", DataTypes.StringType).add("to", DataTypes.StringType)))
                .collectAsList();
    }

    /** The links of every speaker in rows (speaker, key, words) sorted by speaker. */
    private static Iterator<Row> linksPerSpeaker(Iterator<Row> rows) {
        List<Row> out = new ArrayList<>();
        List<String[]> speaker = new ArrayList<>();
        String current = null;
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!r.getString(0).equals(current)) {
                addLinks(speaker, out);
                speaker.clear();
                current = r.getString(0);
            }
            speaker.add(new String[] {r.getString(1), r.getString(2)});
        }
        addLinks(speaker, out);
        return out.iterator();
    }

    private static void addLinks(List<String[]> quotes, List<Row> out) {
        if (quotes.size() > 1) longerForms(quotes).forEach((from, to) -> out.add(RowFactory.create(from, to)));
    }

    /**
     * Among one speaker's quotations ({key, folded words}), each one of {@link #EDGE_WORDS} words or more
     * that is the start or the end of a longer one, with the key of the longest such; the others are absent.
     */
    static Map<String, String> longerForms(List<String[]> quotes) {
        Map<String, List<String[]>> byHead = new HashMap<>();
        Map<String, List<String[]>> byTail = new HashMap<>();
        List<String[]> eligible = new ArrayList<>();
        for (String[] q : quotes) {
            String[] words = q[1].split(" ");
            if (words.length < EDGE_WORDS) continue;
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, EDGE_WORDS));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length));
            String[] entry = {q[0], q[1], head, tail, Integer.toString(words.length)};
            byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(entry);
            byTail.computeIfAbsent(tail, k -> new ArrayList<>()).add(entry);
            eligible.add(entry);
        }
        Map<String, String> links = new HashMap<>();
        for (String[] q : eligible) {
            String[] best = null;
            for (String[] l : byHead.get(q[2])) {
                if (l[1].length() > q[1].length() && l[1].startsWith(q[1] + " ")) best = longer(best, l);
            }
            for (String[] l : byTail.get(q[3])) {
                if (l[1].length() > q[1].length() && l[1].endsWith(" " + q[1])) best = longer(best, l);
            }
            if (best != null) links.put(q[0], best[0]);
        }
        return links;
    }

    /** The longer form (more words, then the smaller key: the same choice whatever the order met). */
    private static String[] longer(String[] a, String[] b) {
        if (a == null) return b;
        int na = Integer.parseInt(a[4]);
        int nb = Integer.parseInt(b[4]);
        if (na != nb) return na > nb ? a : b;
        return a[0].compareTo(b[0]) <= 0 ? a : b;
    }

    /** Follows links to their end (a trimmed copy of a trimmed copy goes to the longest form). */
    static Map<String, String> resolve(List<Row> links) {
        Map<String, String> next = new HashMap<>();
        for (Row r : links) next.put(r.getString(0), r.getString(1));
        Map<String, String> out = new HashMap<>();
        for (String from : next.keySet()) {
            String to = next.get(from);
            for (int hops = 0; hops < 32 && next.containsKey(to); hops++) to = next.get(to); // links only lengthen: no cycle
            out.put(from, to);
        }
        return out;
    }
}
