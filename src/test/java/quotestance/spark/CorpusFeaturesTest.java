package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.SyndicationCorpus;
import quotestance.testing.TestSpark;

/** Language, near-duplicates, quote keys across outlets: one real job over an invented syndicated story. */
class CorpusFeaturesTest {
    static final String[] TABLES = OutputTables.NAMES.toArray(String[]::new);
    @TempDir
    static Path dir;
    static Path out;
    static Manifest manifest;

    @BeforeAll
    static void run() throws Exception {
        Path input = Corpus.jsonl(dir.resolve("in.jsonl"), SyndicationCorpus.lines(SyndicationCorpus.ALL));
        out = dir.resolve("out");
        manifest = new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                ColumnMapping.defaults(), out.toString(), WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    @Test
    void everyArticleHasItsLanguageAndOnlyEnglishOnesAreAnalysed() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            Map<String, String> lang = Map.of("wire-1", "eng", "copy-a", "eng", "copy-b", "eng", "other-1", "eng",
                    "fr-1", "fra", "de-1", "deu");
            for (Map<String, Object> r : db.rows("SELECT article_id, language, language_confidence FROM articles")) {
                assertEquals(lang.get(r.get("article_id")), r.get("language"), r.toString());
                assertTrue(((Number) r.get("language_confidence")).doubleValue() > 0.5, r.toString());
            }
            assertTrue(db.count("SELECT count(*) FROM sentences WHERE article_id = 'fr-1'") >= 2);
            for (String t : List.of("quotes", "article_speakers", "party_mentions", "stances")) {
                assertEquals(0, db.count("SELECT count(*) FROM " + t + " WHERE article_id IN ('fr-1', 'de-1')"), t);
            }
        }
        assertEquals(Map.of("eng", 4L, "fra", 1L, "deu", 1L), manifest.languages());
    }

    @Test
    void copiesPointToTheEarliestArticleOfTheirStory() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            List<Map<String, Object>> rows = db.rows(
                    "SELECT article_id, duplicate_of, duplicate_similarity FROM articles ORDER BY article_id");
            Map<String, String> expected = new java.util.HashMap<>();
            expected.put("copy-a", "wire-1");
            expected.put("copy-b", "wire-1");
            for (Map<String, Object> r : rows) {
                String id = (String) r.get("article_id");
                assertEquals(expected.get(id), r.get("duplicate_of"), id);
                if (expected.containsKey(id)) {
                    assertTrue(((Number) r.get("duplicate_similarity")).doubleValue() >= 0.7, r.toString());
                } else {
                    assertEquals(null, r.get("duplicate_similarity"), id);
                }
            }
        }
        assertEquals(1, manifest.duplicates().clusters());
        assertEquals(2, manifest.duplicates().duplicates());
        assertEquals(3, manifest.duplicates().largestCluster());
    }

    @Test
    void theSameQuotationAcrossOutletsIsOneOccurrenceEvenWhenTrimmed() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            List<Map<String, Object>> keys = db.rows("SELECT DISTINCT quote_key FROM quotes WHERE text LIKE 'Russia has refused%'");
            assertEquals(1, keys.size(), "one key for the full and the trimmed quotation: " + keys);
            String key = (String) keys.get(0).get("quote_key");
            assertTrue(key.startsWith("person:tomas-lind|"), key);
            Map<String, Object> occ = db.rows("SELECT * FROM quote_occurrences WHERE quote_key = '" + key + "'").get(0);
            assertEquals(4L, ((Number) occ.get("n_quotes")).longValue());
            assertEquals(4L, ((Number) occ.get("n_articles")).longValue());
            assertEquals(2L, ((Number) occ.get("n_articles_dedup")).longValue(), "wire-1 and other-1");
            assertEquals(4L, ((Number) occ.get("n_sources")).longValue());
            assertEquals("Tomas Lind", occ.get("speaker"));
            assertEquals(4, ((java.sql.Array) occ.get("quote_ids")).getArray() instanceof Object[] a ? a.length : -1);
            assertEquals(db.count("SELECT count(DISTINCT quote_key) FROM quotes"), db.count("SELECT count(*) FROM quote_occurrences"));
            assertEquals(db.count("SELECT count(*) FROM quotes WHERE quote_key IS NOT NULL"),
                    db.count("SELECT sum(n_quotes) FROM quote_occurrences"));
        }
    }

    @Test
    void stanceSummaryCountsWithAndWithoutTheCopies() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            Map<String, Object> s = db.rows("SELECT * FROM stance_summary WHERE holder_id = 'person:tomas-lind' AND party = 'Russia'").get(0);
            long all = sum(s, "n_negative", "n_neutral", "n_positive");
            long dedup = sum(s, "n_negative_dedup", "n_neutral_dedup", "n_positive_dedup");
            assertEquals(4, all, s.toString());
            assertEquals(2, dedup, s.toString());
            assertEquals(4L, ((Number) s.get("n_articles")).longValue());
            assertEquals(2L, ((Number) s.get("n_articles_dedup")).longValue());
        }
    }

    @Test
    void stanceSummaryAgreesWithStancesRecountedByDuckDb() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            StanceSummaryRecount.assertAgrees(db, 1);
        }
    }

    private static long sum(Map<String, Object> row, String... cols) {
        long n = 0;
        for (String c : cols) n += ((Number) row.get(c)).longValue();
        return n;
    }

    @Test
    void languagesRestrictTheRunAndTheOthersAreRejectedWithTheirLanguage() throws Exception {
        Path input = Corpus.jsonl(dir.resolve("lang.jsonl"), SyndicationCorpus.lines("wire-1", "fr-1", "de-1"));
        Path o = dir.resolve("only-english");
        RunOptions options = new RunOptions(List.of(input.toString()), null, ColumnMapping.defaults(), o.toString(),
                WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS).withLanguages(RunOptions.languageCodes(List.of("en")));
        Manifest m = new RunJob(TestSpark.get(), System.out).run(options);
        try (DuckDb db = new DuckDb(o, "articles", "rejects")) {
            assertEquals(List.of(Map.of("article_id", "wire-1")), db.rows("SELECT article_id FROM articles"));
            List<Map<String, Object>> rejects = db.rows("SELECT record_number, reason, detail FROM rejects ORDER BY record_number");
            assertEquals(2, rejects.size());
            assertEquals(RejectReason.LANGUAGE_EXCLUDED, rejects.get(0).get("reason"));
            assertTrue(((String) rejects.get(0).get("detail")).startsWith("language fra "), rejects.toString());
            assertTrue(((String) rejects.get(1).get("detail")).startsWith("language deu "), rejects.toString());
        }
        assertEquals(Map.of(RejectReason.LANGUAGE_EXCLUDED, 2L), m.rejectsByReason());
        JsonNode json = new ObjectMapper().readTree(Files.readString(o.resolve(Manifest.FILE)));
        assertEquals(Set.of("eng"), Set.of(new ObjectMapper().convertValue(json.at("/options/languages"), String[].class)));
    }
}
