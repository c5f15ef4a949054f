package quotestance.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import quotestance.identity.ArticleName;
import quotestance.identity.Assignment;
import quotestance.identity.NameForm;
import quotestance.identity.SurnameGroup;
import quotestance.parties.PartyGazetteer;

/**
 * One person, one {@code speaker_id} across the corpus. The articles' own speakers ({@code local_id},
 * {@code local_type}) meet by surname in one shuffle, and {@link SurnameGroup} decides each surname's names
 * together: no comparison of all speakers with all, and the work of a group grows with its own speakers (one
 * very frequent surname is one large group: its rows, some 100 bytes each, are held in memory together). The merged id and type then replace the article's in
 * {@code article_speakers}, {@code quotes} and {@code stances}. Recomputed from {@code local_id} and
 * {@code local_type} over the whole output, so appended runs give what one run over everything gives.
 */
final class SpeakerIdentities {
    private static final StructType MAPPING = new StructType()
            .add("m_article_id", DataTypes.StringType).add("m_name", DataTypes.StringType)
            .add("m_speaker_id", DataTypes.StringType).add("m_type", DataTypes.StringType)
            .add("m_identity", DataTypes.StringType).add("m_share", DataTypes.DoubleType);
    /**
     * Mappings with fewer rows than this (about 150 bytes each held) go to every executor once; larger ones are
     * joined with the article speakers, quotes and stances.
     */
    private static final long HELD_ROWS = 2_000_000L;

    private SpeakerIdentities() {
    }

    /**
     * The merged article speakers, and the lookup (article and name to merged id, type, identity and share) that
     * carries the merge to the quotes and stances; {@code seconds} is what deciding it took.
     */
    record Merged(Dataset<Row> articleSpeakers, Lookup lookup, Dataset<Row> cached, double seconds) {
        /** Frees the cached mapping once the tables are written. */
        void release() {
            cached.unpersist();
            lookup.release();
        }

        /** The quotes with the merged {@code speaker_id} and {@code speaker_type}, columns in their order. */
        Dataset<Row> quotes(Dataset<Row> quotes) {
            Dataset<Row> j = lookup.attach(quotes, "speaker");
            List<Column> cols = new ArrayList<>();
            for (String c : quotes.columns()) {
                cols.add(switch (c) {
                    case "speaker_id" -> coalesce(col("m_speaker_id"), col(c)).as(c);
                    case "speaker_type" -> coalesce(col("m_type"), col(c)).as(c);
                    default -> col(c);
                });
            }
            return j.select(cols.toArray(Column[]::new));
        }

        /** The stances with the merged {@code holder_id} of a quote's speaker; the authors' stay. */
        Dataset<Row> stances(Dataset<Row> stances) {
            Dataset<Row> j = lookup.attach(stances, "holder");
            Column speakerHolder = col("holder_id").isNotNull().and(col("quote_id").isNotNull());
            List<Column> cols = new ArrayList<>();
            for (String c : stances.columns()) {
                cols.add(c.equals("holder_id") ? when(speakerHolder, coalesce(col("m_speaker_id"), col(c))).otherwise(col(c)).as(c) : col(c));
            }
            return j.select(cols.toArray(Column[]::new));
        }
    }

    /** Adds {@code m_speaker_id}, {@code m_type}, {@code m_identity} and {@code m_share} by article and name. */
    interface Lookup {
        Dataset<Row> attach(Dataset<Row> table, String nameColumn);

        default void release() {
        }
    }

    /**
     * A mapping small enough for every executor to hold: sent once as a broadcast variable and read by a function,
     * so each of the tables that use it (quotes, stances and those derived from them) costs no join and no new
     * broadcast of its own.
     */
    private record HeldLookup(Broadcast<HashMap<String, String[]>> map) implements Lookup {
        static final StructType MATCH = new StructType().add("m_speaker_id", DataTypes.StringType)
                .add("m_type", DataTypes.StringType).add("m_identity", DataTypes.StringType).add("m_share", DataTypes.DoubleType);

        static HeldLookup of(Dataset<Row> mapping) {
            HashMap<String, String[]> m = new HashMap<>();
            for (Row r : mapping.collectAsList()) {
                m.put(r.getString(0) + "\u0000" + r.getString(1),
                        new String[] {r.getString(2), r.getString(3), r.getString(4), Double.toString(r.getDouble(5))});
            }
            return new HeldLookup(JavaSparkContext.fromSparkContext(mapping.sparkSession().sparkContext()).broadcast(m));
        }

        @Override
        public Dataset<Row> attach(Dataset<Row> table, String nameColumn) {
            Broadcast<HashMap<String, String[]>> held = map;
            UserDefinedFunction find = functions.udf((UDF2<String, String, Row>) (article, name) -> {
                if (article == null || name == null) return null;
                String[] v = held.value().get(article + "\u0000" + name);
                return v == null ? null : RowFactory.create(v[0], v[1], v[2], Double.parseDouble(v[3]));
            }, MATCH);
            Dataset<Row> t = table.withColumn("__m", find.apply(col("article_id"), col(nameColumn)));
            for (String f : MATCH.fieldNames()) t = t.withColumn(f, col("__m." + f));
            return t;
        }

        @Override
        public void release() {
            map.unpersist();
        }
    }

    /** A mapping too large to hold everywhere: joined. */
    private record JoinedLookup(Dataset<Row> mapping) implements Lookup {
        @Override
        public Dataset<Row> attach(Dataset<Row> table, String nameColumn) {
            return table.join(mapping, col("article_id").equalTo(col("m_article_id")).and(col(nameColumn).equalTo(col("m_name"))), "left");
        }
    }

    static Merged merge(Dataset<Row> articleSpeakers) {
        long t0 = System.nanoTime();
        // rows written before local_id and local_type existed: their id and type were the article's own
        Dataset<Row> base = articleSpeakers
                .withColumn("local_id", coalesce(col("local_id"), col("speaker_id")))
                .withColumn("local_type", coalesce(col("local_type"), col("type")));
        UserDefinedFunction surname = functions.udf((UDF2<String, String, String>) SpeakerIdentities::surnameKey, DataTypes.StringType);
        Dataset<Row> named = base.filter(functions.not(col("local_id").startsWith("article:")))
                .select(col("article_id"), col("local_id"), col("name"), col("local_type"), col("n_quotes").cast("long").as("n_quotes"),
                        functions.transform(col("titles"), t -> functions.lower(t)).as("titles"),
                        surname.apply(col("name"), col("local_type")).as("surname_key"))
                .filter(col("surname_key").isNotNull());
        // one shuffle: every article speaker of one surname meets in one group, decided there
        Dataset<Row> mapping = named.groupByKey((MapFunction<Row, String>) r -> r.getString(6), Encoders.STRING())
                .flatMapGroups(new AssignGroup(), Encoders.row(MAPPING))
                // computed once, before the tables that use it are written side by side: each would recompute it
                .persist(StorageLevel.MEMORY_AND_DISK());
        long rows = mapping.count();
        Lookup lookup = rows < HELD_ROWS ? HeldLookup.of(mapping) : new JoinedLookup(mapping);
        Dataset<Row> joined = lookup.attach(base, "name");
        List<Column> cols = new ArrayList<>();
        for (String c : articleSpeakers.columns()) {
            cols.add(switch (c) {
                case "speaker_id" -> coalesce(col("m_speaker_id"), col("local_id")).as(c);
                case "type" -> coalesce(col("m_type"), col("local_type")).as(c);
                default -> col(c);
            });
            if (c.equals("local_type")) {
                cols.add(coalesce(col("m_identity"), lit("description")).as("identity"));
                cols.add(coalesce(col("m_share"), lit(1.0)).as("identity_share"));
            }
        }
        return new Merged(joined.select(cols.toArray(Column[]::new)), lookup, mapping, (System.nanoTime() - t0) / 1e9);
    }

    /** The surname key of one article speaker; null for a name without letters or digits. */
    private static String surnameKey(String name, String localType) {
        if (name == null) return null;
        NameForm f = NameForm.of(name, "organization".equals(localType));
        return f.key().isEmpty() ? null : f.surnameKey();
    }

    /** Decides one surname's article speakers on an executor. */
    private static final class AssignGroup implements FlatMapGroupsFunction<String, Row, Row> {
        @Override
        public Iterator<Row> call(String surname, Iterator<Row> rows) {
            List<ArticleName> names = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String localType = r.getString(3);
                names.add(new ArticleName(r.getString(0), r.getString(1), r.getString(2), localType, r.getLong(4),
                        r.isNullAt(5) ? List.of() : r.getList(5), NameForm.of(r.getString(2), "organization".equals(localType))));
            }
            PartyGazetteer parties = PartyGazetteer.defaults();
            List<Row> out = new ArrayList<>();
            for (Assignment a : SurnameGroup.assign(names, w -> parties.isName(List.of(w)))) {
                out.add(RowFactory.create(a.articleId(), a.name(), a.speakerId(), a.type(), a.identity(), a.share()));
            }
            return out.iterator();
        }
    }
}
