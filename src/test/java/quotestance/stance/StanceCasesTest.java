package quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Quote;
import quotestance.model.Stance;
import quotestance.model.StanceLabel;
import quotestance.pipeline.ArticleAnalyzer;

/** The shipped stance model on invented quote x party cases (src/test/resources/stance-cases.tsv). */
class StanceCasesTest {
    record Case(StanceLabel label, String target, String text) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = StanceCasesTest.class.getResourceAsStream("/stance-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Case(StanceLabel.valueOf(f[0].toUpperCase()), f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void theModelGetsMostInventedCasesRight() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 60, "cases: " + cases.size());
        StanceClassifier classifier = StanceClassifier.defaults();
        int right = 0;
        int[][] confusion = new int[3][3];
        StringBuilder wrong = new StringBuilder();
        for (Case c : cases) {
            int at = c.text().indexOf(c.target());
            StanceClassifier.Decision d = classifier.classify(c.text(), at, at + c.target().length());
            confusion[c.label().ordinal()][d.label().ordinal()]++;
            if (d.label() == c.label()) right++;
            else wrong.append("\n  ").append(c.label()).append(" -> ").append(d.label()).append(": ").append(c.text());
            assertTrue(d.score() >= -1 && d.score() <= 1);
            assertTrue(d.evidence().startsWith("model: " + d.label().label()), d.evidence());
        }
        double accuracy = right / (double) cases.size();
        System.out.printf("stance cases: %d/%d right (%.2f)%s%n", right, cases.size(), accuracy, wrong);
        assertTrue(accuracy >= 0.80, "accuracy " + accuracy + wrong);
    }

    @Test
    void trainingIsReproducibleAndClassifyStanceReadsAndWritesLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path train = dir.resolve("train.jsonl");
        StringBuilder lines = new StringBuilder();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int n = 0;
        for (Case c : cases()) {
            int at = c.text().codePointCount(0, c.text().indexOf(c.target()));
            lines.append(json.writeValueAsString(java.util.Map.of("id", "c" + n++, "text", c.text(), "target_start", at,
                    "target_end", at + c.target().codePointCount(0, c.target().length()), "label", c.label().label()))).append('\n');
        }
        java.nio.file.Files.writeString(train, lines);
        for (String name : List.of("a.bin.gz", "b.bin.gz")) {
            assertEquals(0, quotestance.cli.MainAccess.commandLine().execute("train-stance", "--train", train.toString(),
                    "--out", dir.resolve(name).toString(), "--epochs", "3", "--runs", "2"));
        }
        try (InputStream a = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(dir.resolve("a.bin.gz")));
             InputStream b = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(dir.resolve("b.bin.gz")))) {
            assertTrue(java.util.Arrays.equals(a.readAllBytes(), b.readAllBytes()), "the same data and seed must give the same weights");
        }
        java.nio.file.Path out = dir.resolve("out.jsonl");
        assertEquals(0, quotestance.cli.MainAccess.commandLine().execute("classify-stance", train.toString(), out.toString(),
                "--model", dir.resolve("a.bin.gz").toString()));
        List<String> rows = java.nio.file.Files.readAllLines(out);
        assertEquals(cases().size(), rows.size());
        var first = json.readTree(rows.get(0));
        assertEquals("c0", first.get("id").asText());
        assertTrue(List.of("negative", "neutral", "positive").contains(first.get("label").asText()));
        assertTrue(first.get("score").isNumber());
    }

    @Test
    void aSpeakerHoldsTheStanceInsideAQuoteAndTheAuthorOutside() {
        String text = "\"Our friends in Russia have stood with us from the first day,\" said Defense Minister Ali Ayyoub.\n\n"
                + "The minister later flew to Moscow.";
        Analysis a = new ArticleAnalyzer().analyze(new Article("s1", text, null, "Test Wire", null, null));
        List<Stance> stances = a.stances();
        assertEquals(2, stances.size(), stances.toString());
        Stance inQuote = stances.get(0);
        assertEquals("Russia", inQuote.party());
        assertEquals("Ali Ayyoub", inQuote.holder());
        assertEquals(a.quotes().get(0).id(), inQuote.quoteId());
        assertEquals(a.quotes().get(0).speakerId(), inQuote.holderId());
        Stance author = stances.get(1);
        assertEquals("author", author.holder());
        assertEquals("author:Test Wire", author.holderId());
        assertEquals(null, author.quoteId());
    }

    @Test
    void aPartyThatNamesTheSpeakerGetsNoStanceFromTheAuthor() {
        String text = "Hezbollah's deputy leader Naim Kassem accused Washington of prolonging the war. "
                + "Critics accused Hezbollah of dragging Lebanon into the conflict.";
        Analysis a = new ArticleAnalyzer().analyze(new Article("s2", text, null, "Test Wire", null, null));
        Stance named = a.stances().stream().filter(st -> st.party().equals("Hezbollah") && st.mention().start() == 0)
                .findFirst().orElseThrow(() -> new AssertionError(a.stances().toString()));
        assertEquals("author", named.holder());
        assertEquals(StanceLabel.NEUTRAL, named.label(), named.toString());
        assertTrue(named.evidence().startsWith("rule: names the speaker"), named.evidence());
        // the same party as the object of the accusation is judged by the model, and it is negative
        Stance accused = a.stances().stream().filter(st -> st.party().equals("Hezbollah") && st.mention().start() > 0)
                .findFirst().orElseThrow(() -> new AssertionError(a.stances().toString()));
        assertTrue(accused.evidence().startsWith("model:"), accused.evidence());
        assertEquals(StanceLabel.NEGATIVE, accused.label(), accused.toString());
    }

    @Test
    void whomTheSpeakerWarnsOrUrgesIsHeldByTheSpeaker() {
        String text = "Defense Minister Ali Ayyoub warned Turkey against any new incursion in the north.";
        Analysis a = new ArticleAnalyzer().analyze(new Article("s3", text, null, "Test Wire", null, null));
        Quote q = a.quotes().stream().filter(x -> x.content().of(text).contains("incursion")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        Stance turkey = a.stances().stream().filter(st -> st.party().equals("Turkey")).findFirst()
                .orElseThrow(() -> new AssertionError(a.stances().toString()));
        assertEquals("Ali Ayyoub", turkey.holder(), turkey.toString());
        assertEquals(q.id(), turkey.quoteId());
        assertEquals(q.speakerId(), turkey.holderId());
        // the mention itself stands outside the quote's content
        assertEquals(null, a.partyMentions().stream().filter(m -> m.party().equals("Turkey")).findFirst().orElseThrow().quoteId());
    }
}
