package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import quotestance.testing.DuckDb;

/** Recounts {@code stance_summary} from {@code stances} and {@code articles} in DuckDB, independently of Spark. */
final class StanceSummaryRecount {
    private StanceSummaryRecount() {
    }

    /** Every summary row equals its recount, and there is one per holder and party; at least {@code minGroups}. */
    static void assertAgrees(DuckDb db, long minGroups) throws Exception {
        String recount = "SELECT s.holder, s.holder_id, s.party, count(*) AS n, avg(s.score) AS mean, "
                + "count(DISTINCT s.article_id) AS na, "
                + "count(DISTINCT s.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS nad, "
                + "count(*) FILTER (WHERE a.duplicate_of IS NULL) AS nd, "
                + "avg(s.score) FILTER (WHERE a.duplicate_of IS NULL) AS meand, "
                + "min(a.published) AS first, max(a.published) AS last "
                + "FROM stances s JOIN articles a USING (article_id) GROUP BY ALL";
        long groups = db.count("SELECT count(*) FROM (" + recount + ")");
        assertTrue(groups >= minGroups, "only " + groups + " holder x party group(s)");
        assertEquals(groups, db.count("SELECT count(*) FROM stance_summary"));
        long agree = db.count("SELECT count(*) FROM (" + recount + ") r JOIN stance_summary t "
                + "ON r.holder IS NOT DISTINCT FROM t.holder AND r.holder_id IS NOT DISTINCT FROM t.holder_id AND r.party = t.party "
                + "WHERE r.n = t.n_negative + t.n_neutral + t.n_positive AND r.na = t.n_articles "
                + "AND r.nad = t.n_articles_dedup AND r.nd = t.n_negative_dedup + t.n_neutral_dedup + t.n_positive_dedup "
                + "AND abs(r.mean - t.mean_score) < 1e-5 "
                + "AND (r.meand IS NULL AND t.mean_score_dedup IS NULL OR abs(r.meand - t.mean_score_dedup) < 1e-5) "
                + "AND r.first IS NOT DISTINCT FROM t.first_published AND r.last IS NOT DISTINCT FROM t.last_published");
        assertEquals(groups, agree, "summary rows that differ from their recount");
    }
}
