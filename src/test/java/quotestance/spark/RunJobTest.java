package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;
import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/** Runs the real job in Spark local mode and reads every table back with DuckDB. */
class RunJobTest {
    @TempDir
    static Path dir;
    static Path out;
    static Manifest manifest;
    static final String[] TABLES = OutputTables.NAMES.toArray(String[]::new);

    @BeforeAll
    static void runJob() throws Exception {
        Path input = Corpus.jsonl(dir.resolve("in/corpus.jsonl"), Corpus.sixArticles());
        out = dir.resolve("out");
        manifest = new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                ColumnMapping.defaults(), out.toString(), WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    @Test
    void everyTableHasItsContractSchema() throws Exception {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        expected.put("articles", cols("article_id VARCHAR", "source VARCHAR", "published TIMESTAMP WITH TIME ZONE",
                "title VARCHAR", "url VARCHAR", "text VARCHAR", "n_chars INTEGER", "n_paragraphs INTEGER",
                "n_sentences INTEGER", "n_quotes INTEGER", "warnings VARCHAR[]", "language VARCHAR", "language_confidence DOUBLE",
                "duplicate_of VARCHAR", "duplicate_similarity DOUBLE", "minhash INTEGER[]", "source_file VARCHAR",
                "record_number BIGINT"));
        expected.put("sentences", cols("article_id VARCHAR", "sentence_index INTEGER", "paragraph_index INTEGER",
                "start INTEGER", "end INTEGER", "text VARCHAR", "n_tokens INTEGER"));
        expected.put("quotes", cols("article_id VARCHAR", "quote_id VARCHAR", "quote_key VARCHAR", "boilerplate BOOLEAN", "start INTEGER", "end INTEGER", "text VARCHAR",
                "kind VARCHAR", "cue VARCHAR", "cue_start INTEGER", "cue_end INTEGER", "speaker_mention VARCHAR",
                "speaker_start INTEGER", "speaker_end INTEGER", "speaker VARCHAR", "speaker_id VARCHAR",
                "speaker_type VARCHAR", "attribution VARCHAR", "mention_rule VARCHAR", "confidence DOUBLE", "sentence_index INTEGER"));
        expected.put("speakers", cols("speaker_id VARCHAR", "name VARCHAR", "aliases VARCHAR[]", "titles VARCHAR[]",
                "type VARCHAR", "n_quotes BIGINT", "n_articles BIGINT",
                "variants STRUCT(\"name\" VARCHAR, n_articles BIGINT, n_quotes BIGINT)[]", "identity VARCHAR"));
        expected.put("article_speakers", cols("article_id VARCHAR", "speaker_id VARCHAR", "name VARCHAR", "aliases VARCHAR[]",
                "titles VARCHAR[]", "type VARCHAR", "n_quotes INTEGER", "local_id VARCHAR", "local_type VARCHAR",
                "identity VARCHAR", "identity_share DOUBLE"));
        expected.put("party_mentions", cols("article_id VARCHAR", "party VARCHAR", "party_type VARCHAR", "mention VARCHAR",
                "start INTEGER", "end INTEGER", "quote_id VARCHAR"));
        expected.put("stances", cols("article_id VARCHAR", "quote_id VARCHAR", "holder VARCHAR", "holder_id VARCHAR",
                "party VARCHAR", "mention VARCHAR", "mention_start INTEGER", "mention_end INTEGER", "label VARCHAR",
                "score DOUBLE", "evidence VARCHAR"));
        expected.put("stance_summary", cols("holder VARCHAR", "holder_id VARCHAR", "party VARCHAR", "n_negative BIGINT",
                "n_neutral BIGINT", "n_positive BIGINT", "mean_score DOUBLE", "n_articles BIGINT",
                "first_published TIMESTAMP WITH TIME ZONE", "last_published TIMESTAMP WITH TIME ZONE",
                "n_negative_dedup BIGINT", "n_neutral_dedup BIGINT", "n_positive_dedup BIGINT", "mean_score_dedup DOUBLE",
                "n_articles_dedup BIGINT"));
        expected.put("quote_occurrences", cols("quote_key VARCHAR", "speaker VARCHAR", "speaker_id VARCHAR", "text VARCHAR",
                "n_quotes BIGINT", "n_articles BIGINT", "n_articles_dedup BIGINT", "n_sources BIGINT",
                "first_published TIMESTAMP WITH TIME ZONE", "last_published TIMESTAMP WITH TIME ZONE", "quote_ids VARCHAR[]"));
        expected.put("rejects", cols("source_file VARCHAR", "record_number BIGINT", "reason VARCHAR", "detail VARCHAR", "raw VARCHAR"));
        assertEquals(OutputTables.NAMES, List.copyOf(expected.keySet()));
        try (DuckDb db = new DuckDb(out, TABLES)) {
            for (var e : expected.entrySet()) assertEquals(e.getValue(), db.schema(e.getKey()), e.getKey());
        }
    }

    @Test
    void sentenceOffsetsCountCodePointsOfTheTextAsGiven() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            long sentences = db.count("SELECT count(*) FROM sentences");
            assertTrue(sentences >= 12, "sentences: " + sentences);
            assertEquals(0, db.count("SELECT count(*) FROM sentences s JOIN articles a USING (article_id) "
                    + "WHERE substring(a.text, s.start + 1, s.\"end\" - s.start) <> s.text"));
            // the same check in Java, by code points, for the article with characters outside the BMP
            for (Map<String, Object> r : db.rows("SELECT a.text AS article, s.start, s.\"end\", s.text FROM sentences s "
                    + "JOIN articles a USING (article_id) WHERE article_id IN ('t-2', '6')")) {
                String article = (String) r.get("article");
                int from = article.offsetByCodePoints(0, (Integer) r.get("start"));
                int to = article.offsetByCodePoints(0, (Integer) r.get("end"));
                assertEquals(r.get("text"), article.substring(from, to));
            }
            assertEquals(article("t-2").codePointCount(0, article("t-2").length()),
                    db.count("SELECT n_chars FROM articles WHERE article_id = 't-2'"));
        }
    }

    @Test
    void quoteCueAndSpeakerOffsetsPointAtTheirText() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertTrue(db.count("SELECT count(*) FROM quotes") >= 3);
            String join = " FROM quotes q JOIN articles a USING (article_id) ";
            assertEquals(0, db.count("SELECT count(*)" + join + "WHERE substring(a.text, q.start + 1, q.\"end\" - q.start) <> q.text"));
            assertEquals(0, db.count("SELECT count(*)" + join
                    + "WHERE q.cue IS NOT NULL AND substring(a.text, q.cue_start + 1, q.cue_end - q.cue_start) <> q.cue"));
            assertEquals(0, db.count("SELECT count(*)" + join + "WHERE q.speaker_mention IS NOT NULL "
                    + "AND substring(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) <> q.speaker_mention"));
            assertEquals(1, db.count("SELECT count(*) FROM quotes WHERE article_id = 't-1' AND text = 'We made progress,' "
                    + "AND kind = 'direct' AND speaker = 'Ana Ruiz' AND speaker_type = 'person'"));
            assertEquals(1, db.count("SELECT count(*) FROM speakers s JOIN quotes q USING (speaker_id) "
                    + "WHERE s.name = 'Ana Ruiz' AND s.n_quotes = 1 AND s.n_articles = 1"));
            assertEquals(db.count("SELECT count(*) FROM quotes"), db.count("SELECT sum(n_quotes) FROM articles"));
        }
    }

    @Test
    void partyMentionsPointAtTheirTextAndTheirQuote() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertTrue(db.count("SELECT count(*) FROM party_mentions") >= 2);
            assertEquals(1, db.count("SELECT count(*) FROM party_mentions WHERE article_id = 't-1' AND party = 'Norway' "
                    + "AND mention = 'Oslo' AND party_type = 'state' AND quote_id IS NULL"));
            assertEquals(0, db.count("SELECT count(*) FROM party_mentions m JOIN articles a USING (article_id) "
                    + "WHERE substring(a.text, m.start + 1, m.\"end\" - m.start) <> m.mention"));
            assertEquals(0, db.count("SELECT count(*) FROM party_mentions m LEFT JOIN quotes q USING (article_id, quote_id) "
                    + "WHERE m.quote_id IS NOT NULL AND (q.quote_id IS NULL OR m.start < q.start OR m.\"end\" > q.\"end\")"));
        }
    }

    @Test
    void stancesPointAtTheirMentionAndAddUpInTheSummary() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            long stances = db.count("SELECT count(*) FROM stances");
            assertEquals(db.count("SELECT count(*) FROM party_mentions"), stances);
            assertEquals(0, db.count("SELECT count(*) FROM stances s JOIN articles a USING (article_id) "
                    + "WHERE substring(a.text, s.mention_start + 1, s.mention_end - s.mention_start) <> s.mention "
                    + "OR s.score < -1 OR s.score > 1 OR s.label NOT IN ('negative', 'neutral', 'positive')"));
            assertEquals(0, db.count("SELECT count(*) FROM stances WHERE quote_id IS NULL AND (holder <> 'author' OR holder_id NOT LIKE 'author:%')"));
            assertEquals(stances, db.count("SELECT sum(n_negative + n_neutral + n_positive) FROM stance_summary"));
        }
    }

    @Test
    void everyInputRecordIsAnArticleOrAReject() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            long articles = db.count("SELECT count(*) FROM articles");
            long rejects = db.count("SELECT count(*) FROM rejects");
            assertEquals(6, articles + rejects);
            assertEquals(6, articles);
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), db.rows("SELECT record_number FROM articles ORDER BY record_number")
                    .stream().map(r -> r.get("record_number").toString()).toList());
            assertEquals(1, db.count("SELECT count(*) FROM articles WHERE article_id = 't-5' AND published IS NULL "
                    + "AND warnings[1] LIKE 'unparseable published%'"));
            assertEquals(1, db.count("SELECT count(*) FROM articles WHERE article_id = 't-2' "
                    + "AND published = TIMESTAMPTZ '2024-03-15 08:30:00+00'"));
        }
    }

    @Test
    void manifestCountsWhatWasWritten() throws Exception {
        JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("_manifest.json")));
        assertEquals(manifest.runId(), m.get("run_id").asText());
        assertEquals("jsonl", m.at("/input/format").asText());
        assertEquals("4.2.0", m.at("/versions/spark").asText());
        try (DuckDb db = new DuckDb(out, TABLES)) {
            for (String t : TABLES) assertEquals(db.count("SELECT count(*) FROM " + t), m.at("/tables/" + t).asLong(), t);
        }
        assertEquals(6, m.at("/records/total").asLong());
    }

    @Test
    void refusesToOverwriteUnlessAsked() {
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class, () ->
                new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(dir.resolve("in").toString()), null,
                        ColumnMapping.defaults(), out.toString(), WriteMode.ERROR, PartitionBy.NONE, 100)));
        assertTrue(e.getMessage().contains("--mode overwrite"), e.getMessage());
    }

    private static String article(String id) {
        for (String line : Corpus.sixArticles()) {
            if (line.contains("\"id\":\"" + id + "\"")) {
                try {
                    return new ObjectMapper().readTree(line).get("text").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static Map<String, String> cols(String... nameTypes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String nt : nameTypes) {
            int space = nt.indexOf(' ');
            m.put(nt.substring(0, space), nt.substring(space + 1));
        }
        return m;
    }
}
