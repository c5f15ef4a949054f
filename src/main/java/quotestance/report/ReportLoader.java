package quotestance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import quotestance.UserError;
import quotestance.output.CurrentRun;

/** Reads the tables of one output folder with Spark SQL and aggregates what the report shows. */
public final class ReportLoader {
    private static final String[] TABLES = {"articles", "quotes", "speakers", "party_mentions", "stances", "rejects"};

    private ReportLoader() {
    }

    public static ReportData load(SparkSession spark, String output, String chosenParty) {
        String dir = CurrentRun.folder(output, spark.sparkContext().hadoopConfiguration());
        for (String t : TABLES) {
            String path = tablePath(dir, t);
            try {
                spark.read().option("basePath", path).parquet(path).createOrReplaceTempView(t);
            } catch (RuntimeException e) {
                throw new UserError("cannot read table " + t + " in " + dir + " (run the job first): " + firstLine(e.getMessage()));
            }
        }
        Row s = spark.sql("SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM articles), "
                + "(SELECT CAST(min(published) AS DATE) FROM articles), (SELECT CAST(max(published) AS DATE) FROM articles), "
                + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers), (SELECT count(*) FROM party_mentions), "
                + "(SELECT count(*) FROM rejects)").first();
        ReportData.Summary summary = new ReportData.Summary(s.getLong(0), s.getLong(1), str(s, 2), str(s, 3), s.getLong(4),
                s.getLong(5), s.getLong(6), s.getLong(7));

        List<ReportData.TopSpeaker> speakers = new ArrayList<>();
        for (Row r : spark.sql("SELECT sp.name, sp.type, sp.n_quotes, sp.n_articles, "
                + "slice(array_sort(collect_list(struct(-st.n, st.party)), (a, b) -> CASE WHEN a.col1 < b.col1 THEN -1 "
                + "WHEN a.col1 > b.col1 THEN 1 ELSE 0 END), 1, 3) AS parties "
                + "FROM speakers sp LEFT JOIN (SELECT holder_id, party, count(*) AS n FROM stances GROUP BY holder_id, party) st "
                + "ON st.holder_id = sp.speaker_id GROUP BY sp.speaker_id, sp.name, sp.type, sp.n_quotes, sp.n_articles "
                + "ORDER BY sp.n_quotes DESC, sp.n_articles DESC, sp.name LIMIT 15").collectAsList()) {
            List<String> parties = new ArrayList<>();
            for (Row p : r.<Row>getList(4)) if (!p.isNullAt(1)) parties.add(p.getString(1));
            speakers.add(new ReportData.TopSpeaker(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), parties));
        }

        List<ReportData.Cell> cells = new ArrayList<>();
        for (Row r : spark.sql("WITH named AS (SELECT * FROM stances WHERE quote_id IS NOT NULL AND holder_id IS NOT NULL), "
                + "h AS (SELECT holder_id, first(holder) AS holder FROM named GROUP BY holder_id ORDER BY count(*) DESC, holder_id LIMIT 12), "
                + "p AS (SELECT party FROM named GROUP BY party ORDER BY count(*) DESC, party LIMIT 10) "
                + "SELECT h.holder, n.party, avg(n.score), count(*) FROM named n JOIN h USING (holder_id) JOIN p USING (party) "
                + "GROUP BY h.holder, n.party ORDER BY h.holder, n.party").collectAsList()) {
            cells.add(new ReportData.Cell(r.getString(0), r.getString(1), r.getDouble(2), r.getLong(3)));
        }

        List<ReportData.Point> points = new ArrayList<>();
        for (Row r : spark.sql("WITH p AS (SELECT party FROM stances GROUP BY party ORDER BY count(*) DESC, party LIMIT 5) "
                + "SELECT st.party, date_format(a.published, 'yyyy-MM') AS month, avg(st.score), count(*) "
                + "FROM stances st JOIN p USING (party) JOIN articles a USING (article_id) WHERE a.published IS NOT NULL "
                + "GROUP BY st.party, month ORDER BY st.party, month").collectAsList()) {
            points.add(new ReportData.Point(r.getString(0), r.getString(1), r.getDouble(2), r.getLong(3)));
        }

        String party = chosenParty != null ? chosenParty : mostQuotedParty(spark);
        List<ReportData.PartyQuote> quotes = party == null ? List.of() : quotesAbout(spark, party);
        return new ReportData(summary, speakers, cells, points, party, quotes);
    }

    private static String mostQuotedParty(SparkSession spark) {
        List<Row> top = spark.sql("SELECT party FROM stances WHERE quote_id IS NOT NULL GROUP BY party "
                + "ORDER BY count(*) DESC, party LIMIT 1").collectAsList();
        return top.isEmpty() ? null : top.get(0).getString(0);
    }

    /**
     * The quotes with a stance toward {@code party}, strongest first. The name is a bound parameter, never
     * spliced into the text: it comes from the command line or from the data, and Spark SQL string literals
     * take backslash escapes, so no quoting of the name would make it safe.
     */
    private static List<ReportData.PartyQuote> quotesAbout(SparkSession spark, String party) {
        List<ReportData.PartyQuote> quotes = new ArrayList<>();
        for (Row r : spark.sql("SELECT st.holder, st.label, st.score, st.evidence, q.text, q.article_id "
                + "FROM stances st JOIN quotes q ON st.article_id = q.article_id AND st.quote_id = q.quote_id "
                + "WHERE st.party = :party ORDER BY abs(st.score) DESC, q.article_id, q.start LIMIT 12",
                Map.<String, Object>of("party", party)).collectAsList()) {
            quotes.add(new ReportData.PartyQuote(r.getString(0), r.getString(1), r.getDouble(2), r.getString(3), r.getString(4), r.getString(5)));
        }
        return quotes;
    }

    /** Where one table of the output folder {@code dir} is: the one place that knows the output's layout. */
    static String tablePath(String dir, String table) {
        return dir + "/" + table;
    }

    private static String str(Row r, int i) {
        return r.isNullAt(i) ? null : r.get(i).toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
