package quotestance.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mean;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The corpus-wide tables and columns, derived from the base tables (this run's, or everything an appended
 * output holds): the near-duplicate marks on {@code articles}, {@code quotes.quote_key}, {@code speakers}
 * merged across articles, {@code stance_summary} and {@code quote_occurrences}. Each is one aggregation over
 * a base table joined to a slim projection of the articles (id, source, date, whether a duplicate), never to
 * their text.
 */
final class DerivedTables {
    /** Marks with fewer rows than this are broadcast to the join with the articles rather than shuffled. */
    private static final long BROADCAST_MARKS = 2_000_000L;
    /** About 100 bytes an article (id, source, date, flag): 2 million make a 200 MB broadcast at most. */
    private static final long BROADCAST_ARTICLES = 2_000_000L;

    private DerivedTables() {
    }

    /** All tables in {@link OutputTables#NAMES} order, and what the duplicate detection found. */
    record Result(Map<String, Dataset<Row>> tables, NearDuplicates.Clusters duplicates, SpeakerIdentities.Merged speakers) {
        /** Frees what was cached to derive the tables, once they are written. */
        void release() {
            speakers.release();
        }
    }

    /**
     * @param articleCount the number of articles (an estimate is enough): up to {@link #BROADCAST_ARTICLES}, the
     *                 slim projection of the articles is broadcast to the joins instead of shuffling the stances
     *                 and quotes (Spark cannot know it is small: it comes from the large cached result)
     */
    static Result complete(SparkSession spark, Map<String, Dataset<Row>> base, double duplicateThreshold, long articleCount) {
        // the speaker merge and the near-duplicate search read different tables: each is a few small Spark jobs
        // whose time goes mostly to planning and scheduling, so they run side by side
        ExecutorService side = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quotestance-derive");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<SpeakerIdentities.Merged> merging = side.submit(() -> SpeakerIdentities.merge(base.get("article_speakers")));
            Dataset<Row> articlesBase = base.get("articles");
            NearDuplicates.Clusters dups = NearDuplicates.find(spark, articlesBase, duplicateThreshold);
            Dataset<Row> marks = dups.duplicates() < BROADCAST_MARKS ? broadcast(dups.marks()) : dups.marks();
            Dataset<Row> articles = withMarks(articlesBase, marks, dups.duplicates() == 0);
            Dataset<Row> slim = articlesBase.select(col("article_id"), col("source"), col("published"))
                    .join(marks.select(col("article_id"), col("duplicate_of")), "article_id", "left")
                    .withColumn("original", col("duplicate_of").isNull())
                    .drop("duplicate_of");
            if (articleCount <= BROADCAST_ARTICLES) slim = broadcast(slim);
            Dataset<Row> slimArticles = slim;
            Future<List<String>> furniture = side.submit(() -> Boilerplate.keys(base.get("quotes"), slimArticles));
            SpeakerIdentities.Merged merged = done(merging);
            Dataset<Row> keyed = QuoteKeys.assign(spark, merged.quotes(base.get("quotes")));
            Dataset<Row> quotes = Boilerplate.mark(spark, keyed, done(furniture));
            return tables(base, dups, articles, slim, merged, quotes);
        } finally {
            side.shutdownNow();
        }
    }

    /** What a side computation returned, or what it threw. */
    private static <T> T done(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deriving the tables", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Result tables(Map<String, Dataset<Row>> base, NearDuplicates.Clusters dups, Dataset<Row> articles,
                                 Dataset<Row> slim, SpeakerIdentities.Merged merged, Dataset<Row> quotes) {
        Dataset<Row> stances = merged.stances(base.get("stances"));
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        for (String name : OutputTables.NAMES) {
            Dataset<Row> table = switch (name) {
                case "articles" -> articles;
                case "quotes" -> quotes;
                case "article_speakers" -> merged.articleSpeakers();
                case "stances" -> stances;
                case "speakers" -> speakers(merged.articleSpeakers());
                case "stance_summary" -> stanceSummary(stances, slim);
                case "quote_occurrences" -> quoteOccurrences(quotes, slim);
                default -> base.get(name);
            };
            t.put(name, table);
        }
        return new Result(t, dups, merged);
    }

    /** The articles with {@code duplicate_of} and {@code duplicate_similarity} set before {@code minhash}. */
    private static Dataset<Row> withMarks(Dataset<Row> articles, Dataset<Row> marks, boolean none) {
        Dataset<Row> joined = none
                ? articles.withColumn("duplicate_of", lit(null).cast("string"))
                        .withColumn("duplicate_similarity", lit(null).cast("double"))
                : articles.join(marks, "article_id", "left");
        List<Column> order = new ArrayList<>();
        for (String c : articles.columns()) {
            if (c.equals("minhash")) {
                order.add(col("duplicate_of"));
                order.add(col("duplicate_similarity"));
            }
            order.add(col(c));
        }
        return joined.select(order.toArray(Column[]::new));
    }

    /**
     * One row per speaker across the corpus, merged by {@code speaker_id}, with the names merged into it: each
     * variant with its articles and quotes, most articles first.
     */
    static Dataset<Row> speakers(Dataset<Row> articleSpeakers) {
        // per name first, so that the variants come out of the same aggregation as the speaker's row
        Dataset<Row> perName = articleSpeakers.groupBy(col("speaker_id"), col("name")).agg(
                functions.flatten(collect_list(col("aliases"))).as("aliases"),
                functions.flatten(collect_list(col("titles"))).as("titles"),
                functions.first(col("type")).as("type"),
                sum(col("n_quotes")).cast("long").as("n_quotes"),
                functions.collect_set(col("article_id")).as("articles"),
                functions.first(col("identity")).as("identity"));
        Column variant = functions.struct(functions.size(col("articles")).multiply(-1).as("order"), col("name").as("name"),
                functions.size(col("articles")).cast("long").as("n_articles"), col("n_quotes").as("n_quotes"),
                col("identity").as("identity"));
        Dataset<Row> merged = perName.groupBy(col("speaker_id")).agg(
                array_sort(collect_list(variant)).as("v"),
                array_sort(functions.array_distinct(functions.flatten(collect_list(col("aliases"))))).as("aliases"),
                array_sort(functions.array_distinct(functions.flatten(collect_list(col("titles"))))).as("titles"),
                functions.first(col("type")).as("type"),
                sum(col("n_quotes")).cast("long").as("n_quotes"),
                functions.size(functions.array_distinct(functions.flatten(collect_list(col("articles"))))).cast("long").as("n_articles"));
        // the name is the most frequent variant that is a full name: "Donald Trump", not "Trump", names him;
        // the identity is a full name's when one is among the variants
        Column full = functions.filter(col("v"), v -> v.getField("identity").equalTo("full-name"));
        return merged.select(col("speaker_id"),
                coalesce(functions.try_element_at(full, lit(1)), functions.try_element_at(col("v"), lit(1))).getField("name").as("name"),
                col("aliases"), col("titles"), col("type"), col("n_quotes"), col("n_articles"),
                functions.transform(col("v"), v -> functions.struct(v.getField("name").as("name"),
                        v.getField("n_articles").as("n_articles"), v.getField("n_quotes").as("n_quotes"))).as("variants"),
                coalesce(functions.try_element_at(full, lit(1)), functions.try_element_at(col("v"), lit(1))).getField("identity").as("identity"));
    }

    /**
     * Counts and mean score per holder and party, with the span of publication dates; the {@code _dedup}
     * columns count only articles that are not near-duplicates of an earlier one. Two plain aggregations (per
     * article, then per holder and party) rather than one with sets of article ids: Spark's set aggregates
     * cost far more per group than sums.
     */
    static Dataset<Row> stanceSummary(Dataset<Row> stances, Dataset<Row> slim) {
        Dataset<Row> perArticle = stances.select(col("article_id"), col("holder"), col("holder_id"), col("party"),
                        col("label"), col("score"))
                .join(slim, "article_id")
                .groupBy(col("holder"), col("holder_id"), col("party"), col("article_id"), col("published"), col("original"))
                .agg(labelCount("negative", "a_negative"), labelCount("neutral", "a_neutral"),
                        labelCount("positive", "a_positive"),
                        sum(col("score")).as("a_score"), functions.count(col("score")).as("a_scored"));
        Column original = col("original");
        return perArticle.groupBy(col("holder"), col("holder_id"), col("party"))
                .agg(sum(col("a_negative")).as("n_negative"), sum(col("a_neutral")).as("n_neutral"),
                        sum(col("a_positive")).as("n_positive"),
                        // rounded: a sum's last bits depend on the order partitions arrive in; reruns must agree
                        functions.round(sum(col("a_score")).divide(sum(col("a_scored"))), 6).as("mean_score"),
                        functions.count(lit(1)).as("n_articles"),
                        min(col("published")).as("first_published"), max(col("published")).as("last_published"),
                        sumWhere(original, "a_negative", "n_negative_dedup"),
                        sumWhere(original, "a_neutral", "n_neutral_dedup"),
                        sumWhere(original, "a_positive", "n_positive_dedup"),
                        functions.round(sum(when(original, col("a_score"))).divide(sum(when(original, col("a_scored")))), 6)
                                .as("mean_score_dedup"),
                        sum(when(original, 1L).otherwise(0L)).as("n_articles_dedup"));
    }

    private static Column labelCount(String label, String name) {
        return sum(when(col("label").equalTo(label), 1L).otherwise(0L)).as(name);
    }

    private static Column sumWhere(Column where, String column, String name) {
        return sum(when(where, col(column)).otherwise(0L)).as(name);
    }

    /**
     * The number of distinct non-null values, as the size of their set: several COUNT(DISTINCT) in one
     * aggregation make Spark copy every row once per distinct column (an Expand) before two aggregations.
     */
    private static Column distinctCount(Column c, String name) {
        return functions.size(functions.collect_set(c)).cast("long").as(name);
    }

    /** One row per quote key: the same quotation by the same speaker, wherever it was carried; page furniture left out. */
    static Dataset<Row> quoteOccurrences(Dataset<Row> quotes, Dataset<Row> slim) {
        Dataset<Row> q = quotes.filter(col("quote_key").isNotNull().and(functions.not(col("boilerplate"))))
                .select(col("quote_key"), col("quote_id"), col("article_id"), col("text"), col("speaker"), col("speaker_id"))
                .join(slim, "article_id");
        return q.groupBy(col("quote_key"))
                .agg(functions.mode(col("speaker"), true).as("speaker"),
                        functions.mode(col("speaker_id"), true).as("speaker_id"),
                        functions.mode(col("text"), true).as("text"),
                        functions.count(lit(1)).as("n_quotes"),
                        distinctCount(col("article_id"), "n_articles"),
                        distinctCount(when(col("original"), col("article_id")), "n_articles_dedup"),
                        distinctCount(col("source"), "n_sources"),
                        min(col("published")).as("first_published"), max(col("published")).as("last_published"),
                        array_sort(collect_list(col("quote_id"))).as("quote_ids"));
    }
}
