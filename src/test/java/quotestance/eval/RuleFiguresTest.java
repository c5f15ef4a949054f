package quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import quotestance.attribution.ConfidenceTable;

/** Per-rule figures and the measured confidence table, on outcomes made up for the purpose. */
class RuleFiguresTest {
    private static QuoteScorer.Outcome outcome(String attribution, String mentionRule, boolean matched, boolean annotated,
                                               boolean right, int fold, boolean complete) {
        QuoteScorer.Pred p = new QuoteScorer.Pred(0, 1, "X", null, null, "direct", 0.5, attribution, mentionRule, "name");
        return new QuoteScorer.Outcome(p, fold, complete, matched, annotated, right);
    }

    @Test
    void figuresCountQuotesPrecisionSpeakerAccuracyAndRightShare() {
        List<QuoteScorer.Outcome> o = List.of(
                outcome("direct:cue-after+name", "noun-phrase", true, true, true, -1, true),
                outcome("direct:cue-after+pronoun", "noun-phrase", true, true, false, -1, true),
                outcome("direct:cue-after+name", "noun-phrase", false, false, false, -1, true),
                outcome("direct:floating+previous-speaker", null, true, false, false, -1, true));
        Map<String, RuleFigures.Figures> byRule = RuleFigures.by(o, RuleFigures::rule);
        RuleFigures.Figures cueAfter = byRule.get("direct:cue-after");
        assertEquals(3, cueAfter.quotes());
        assertEquals(2.0 / 3, cueAfter.precision(), 1e-9);
        assertEquals(0.5, cueAfter.speakerAccuracy(), 1e-9);
        assertEquals(1.0 / 3, cueAfter.rightShare(), 1e-9);
        assertEquals(1.0, byRule.get("direct:floating").rightShare(), 1e-9, "a matched quote with no annotated speaker is right");
        assertEquals(2, RuleFigures.by(o, RuleFigures::step).get("name").quotes());
        assertEquals(1, RuleFigures.by(o, RuleFigures::mentionRule).get("none").quotes());
        String table = RuleFigures.format("per attribution rule", byRule);
        assertTrue(table.lines().skip(1).findFirst().orElseThrow().contains("direct:cue-after"), "most quotes first:\n" + table);
    }

    @Test
    void theMeasuredTableRatesRulesOnCompleteSetsOnlyAndChecksOnHeldOutData() {
        List<QuoteScorer.Outcome> complete = new java.util.ArrayList<>();
        List<QuoteScorer.Outcome> given = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            complete.add(outcome("reported:naming+name", "noun-phrase", i % 4 != 0, true, i % 4 != 0, -1, true)); // 75% real
            complete.add(outcome("direct:cue-after+name", "noun-phrase", true, true, true, -1, true));
            given.add(outcome("reported:naming+name", "noun-phrase", true, true, i % 2 == 0, i % 2, false));
        }
        List<ConfidenceFit.Set> sets = List.of(new ConfidenceFit.Set("complete", complete), new ConfidenceFit.Set("given", given));
        ConfidenceTable t = ConfidenceFit.fit(sets);
        // the set of given spans says nothing of how real a rule's quotes are: naming's rate is the complete set's
        double naming = t.rule("reported:naming", ConfidenceTable.ANY);
        assertTrue(naming < 0.8 && naming > 0.7, "naming " + naming);
        assertTrue(t.rule("direct:cue-after", ConfidenceTable.ANY) > naming);
        assertTrue(t.of("direct:cue-after", "name") > t.of("reported:naming", "name"));
        assertEquals(t.rule("direct:cue-after", ConfidenceTable.ANY), t.of("direct:cue-after", null), 1e-3);
        List<ConfidenceFit.Check> checks = ConfidenceFit.checks(sets);
        assertEquals(List.of("complete", "given", "given fold 0", "given fold 1"), checks.stream().map(ConfidenceFit.Check::heldOut).toList());
    }

    @Test
    void aWrittenTableReadsBackTheSame() throws Exception {
        ConfidenceTable t = new ConfidenceTable(Map.of("direct:cue-after\t*", 0.95, "direct:cue-after\tpronoun-mention", 0.88,
                "reported:naming\t*", 0.6),
                Map.of("name", 0.9, "pronoun", 0.8), 0.85, 0.75);
        java.nio.file.Path f = java.nio.file.Files.createTempFile("confidence", ".tsv");
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(f)) {
            t.write(w, "a test", Map.of(), Map.of());
        }
        ConfidenceTable back = ConfidenceTable.read(java.nio.file.Files.newInputStream(f));
        assertEquals(t, back);
        assertEquals(0.85 * 0.75, back.of("direct:unknown-rule", "unknown-step"), 1e-3, "unseen rules and steps take the priors");
        assertEquals(0.88, back.rule("direct:cue-after", "pronoun-mention"), 1e-9);
        assertEquals(0.95, back.rule("direct:cue-after", "no-mention"), 1e-9, "a variant without a value takes the rule's");
    }
}
