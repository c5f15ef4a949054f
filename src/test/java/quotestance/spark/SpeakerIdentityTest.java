package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.IdentityCorpus;
import quotestance.testing.TestSpark;

/** One person, one speaker_id: a real job over invented articles, read back with DuckDB. */
class SpeakerIdentityTest {
    static final String[] TABLES = OutputTables.NAMES.toArray(String[]::new);
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void run() throws Exception {
        out = dir.resolve("out");
        run(Corpus.jsonl(dir.resolve("in.jsonl"), IdentityCorpus.lines()), out, WriteMode.ERROR);
    }

    private static void run(Path input, Path output, WriteMode mode) {
        new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input.toString()), null,
                ColumnMapping.defaults(), output.toString(), mode, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    private static String speakerOf(DuckDb db, String article) throws Exception {
        List<Map<String, Object>> rows = db.rows("SELECT DISTINCT speaker_id FROM quotes WHERE article_id = '" + article
                + "' AND speaker_id IS NOT NULL AND NOT boilerplate");
        assertEquals(1, rows.size(), article + ": " + rows);
        return (String) rows.get(0).get("speaker_id");
    }

    @Test
    void anArticleThatGivesOnlyTheSurnameJoinsTheFullName() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertEquals("person:mara-quellin", speakerOf(db, "hp-1"));
            assertEquals("person:mara-quellin", speakerOf(db, "hp-4"));
            Map<String, Object> local = db.rows("SELECT local_id, identity, identity_share, type FROM article_speakers "
                    + "WHERE article_id = 'hp-4'").get(0);
            assertTrue(!"person:mara-quellin".equals(local.get("local_id")), local.toString());
            assertEquals("surname-dominant", local.get("identity"));
            assertEquals(1.0, ((Number) local.get("identity_share")).doubleValue(), 1e-9);
            assertEquals("person", local.get("type"));
            // the speakers table holds her once, with the variants merged into her id
            List<Map<String, Object>> rows = db.rows("SELECT speaker_id, name, n_articles, "
                    + "list_transform(variants, v -> v.name) AS names FROM speakers WHERE name LIKE '%Quellin%'");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("Mara Quellin", rows.get(0).get("name"));
            assertEquals(4L, ((Number) rows.get(0).get("n_articles")).longValue());
            assertTrue(rows.get(0).get("names").toString().contains("Quellin"), rows.toString());
            // and her stance rows follow her id
            assertEquals(0, db.count("SELECT count(*) FROM stances WHERE article_id = 'hp-4' AND quote_id IS NOT NULL "
                    + "AND holder_id <> 'person:mara-quellin'"));
            assertTrue(db.count("SELECT count(*) FROM stances WHERE holder_id = 'person:mara-quellin' AND party = 'Iran'") >= 1);
        }
    }

    @Test
    void twoPeopleOfOneSurnameStayApartAndATitleChooses() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertEquals("person:dana-orlov", speakerOf(db, "cl-1"));
            assertEquals("person:pavel-orlov", speakerOf(db, "cl-2"));
            assertEquals("person:orlov", speakerOf(db, "cl-3"));
            assertEquals("surname-ambiguous", db.rows("SELECT identity FROM article_speakers WHERE article_id = 'cl-3'").get(0).get("identity"));
            assertEquals("person:pavel-orlov", speakerOf(db, "cl-7"));
            assertEquals("surname-titles", db.rows("SELECT identity FROM article_speakers WHERE article_id = 'cl-7'").get(0).get("identity"));
        }
    }

    @Test
    void theSonIsNotHisFather() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertEquals("person:ruben-castell-jr", speakerOf(db, "cl-4"));
            assertEquals("person:ruben-castell", speakerOf(db, "cl-5"));
        }
    }

    @Test
    void aSentenceOpenerIsNoPartOfTheName() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertEquals("person:mara-quellin", speakerOf(db, "cl-6"));
            assertEquals(0, db.count("SELECT count(*) FROM article_speakers WHERE name LIKE 'But %'"));
        }
    }

    @Test
    void aLineOneOutletRepeatsUnderItsArticlesIsBoilerplateNotAQuotation() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            assertEquals(5, db.count("SELECT count(*) FROM quotes WHERE boilerplate"));
            assertEquals(5, db.count("SELECT count(*) FROM quotes WHERE boilerplate AND text LIKE '%morning digest%'"));
            assertEquals(0, db.count("SELECT count(*) FROM quote_occurrences WHERE text LIKE '%morning digest%'"));
            assertTrue(db.count("SELECT count(*) FROM quote_occurrences") >= 10);
        }
    }

    @Test
    void idsAreTheNamesAsAUserTypesThem() throws Exception {
        try (DuckDb db = new DuckDb(out, TABLES)) {
            for (Map<String, Object> r : db.rows("SELECT speaker_id FROM speakers WHERE speaker_id NOT LIKE 'article:%'")) {
                String id = (String) r.get("speaker_id");
                assertTrue(id.matches("(person|org|name):[a-z0-9]+(-[a-z0-9]+)*"), id);
            }
            assertEquals(1, db.count("SELECT count(*) FROM speakers WHERE speaker_id = 'person:tomas-brenner'"));
        }
    }

    @Test
    void appendingTheCorpusInTwoPartsGivesTheIdsOfOneRun(@TempDir Path parts) throws Exception {
        List<String> lines = IdentityCorpus.lines();
        Path first = Corpus.jsonl(parts.resolve("a.jsonl"), lines.subList(0, 6));
        Path second = Corpus.jsonl(parts.resolve("b.jsonl"), lines.subList(6, lines.size()));
        Path appended = parts.resolve("out");
        run(first, appended, WriteMode.ERROR);
        run(second, appended, WriteMode.APPEND);
        String q = "SELECT article_id, name, speaker_id, type, identity, local_id FROM article_speakers ORDER BY 1, 2";
        String b = "SELECT quote_id, speaker_id, boilerplate FROM quotes ORDER BY 1";
        try (DuckDb whole = new DuckDb(out, TABLES); DuckDb part = new DuckDb(appended, TABLES)) {
            assertEquals(whole.rows(q), part.rows(q));
            assertEquals(whole.rows(b), part.rows(b));
        }
    }
}
