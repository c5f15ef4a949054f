package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quotestance.speakers.ResolverHarness.assertResolved;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.ResolutionStep;
import quotestance.model.Span;
import quotestance.model.SpeakerType;

/** {@link SameMentionStep}: the second quote of one cue repeats the first's result. */
class SameMentionStepTest {
    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void anInterruptedQuotationHasOneSpeakerForBothParts() {
        ResolverHarness.Outcome out = harness.resolve("\"We are ready,\" Varga said, \"and we will not wait for the council.\"");
        assertResolved(out.quote("We are ready"), "Varga", ResolutionStep.NAME, "direct:cue-after+name");
        assertResolved(out.quote("and we will not wait"), "Varga", ResolutionStep.NAME, "direct:cue-before+name");
        assertEquals(1, out.resolution().speakers().size());
        assertEquals(2, out.resolution().speakers().get(0).quoteCount());
    }

    @Test
    void itRepeatsTheRecordedResultAndRecordsNothingAgain() {
        String text = "Varga said it was late.";
        Mention varga = new Mention(new Span(0, 5), new Span(0, 5), List.of(), Mention.Kind.NAME, SpeakerType.PERSON, 'f', null);
        QuoteCandidate first = new QuoteCandidate(new Span(11, 22), QuoteKind.INDIRECT, new Span(6, 10), "say", varga,
                AttributionRule.REPORTED_CLAUSE_AFTER_CUE, 0.85, 0, 0, false);
        QuoteCandidate second = new QuoteCandidate(new Span(14, 22), QuoteKind.INDIRECT, new Span(6, 10), "say", varga,
                AttributionRule.REPORTED_CLAUSE_AFTER_CUE, 0.85, 0, 0, false);
        ArticleEntities article = new ArticleEntities(text);
        SameMentionStep step = new SameMentionStep();
        assertTrue(step.resolve(first, 0, article).isEmpty(), "a mention not resolved yet is left to the other steps");
        Resolved recorded = Resolved.by(ResolutionStep.PRONOUN_UNRESOLVED, null);
        article.settle(first, 0, recorded);
        assertSame(recorded, step.resolve(second, 0, article).orElseThrow());
        assertFalse(step.seesSpeaker());
        assertNull(article.previousSpeaker(0), "a result without a speaker leaves no previous speaker");
    }
}
