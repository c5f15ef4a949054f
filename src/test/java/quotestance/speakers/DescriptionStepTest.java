package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.Quote;
import quotestance.model.ResolutionStep;

/** {@link DescriptionStep}: a description that no named entity holds stays as written. */
class DescriptionStepTest {
    private static final String ATTRIBUTION = "reported:clause-after-cue+description";
    private static final String SPOKESMAN = "A spokesman for the port said the cranes had been idle since Tuesday.";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aDescriptionWithNoNameIsItsOwnSpeaker() {
        Quote q = harness.expect(SPOKESMAN, "the cranes had been idle", "A spokesman for the port", ResolutionStep.DESCRIPTION,
                ATTRIBUTION, 0.8);
        assertTrue(q.speakerId().startsWith("article:"), q.speakerId());
    }

    @Test
    void theSameDescriptionAgainIsTheSameSpeaker() {
        String text = "Officials said the budget was late. Officials said the vote would come in June.";
        Quote first = harness.expect(text, "the budget was late", "Officials", ResolutionStep.DESCRIPTION, ATTRIBUTION);
        Quote second = harness.expect(text, "the vote would come", "Officials", ResolutionStep.DESCRIPTION, ATTRIBUTION);
        assertEquals(first.speakerId(), second.speakerId());
        assertEquals(1, harness.resolve(text).resolution().speakers().size());
    }

    @Test
    void aPersonDescribedByAgeWhoIsKnownOnlyByADescriptionKeepsIt() {
        harness.expect(SPOKESMAN + " The 40-year-old spokesman said the strike would go on.", "the strike would go on",
                "A spokesman for the port", ResolutionStep.DESCRIPTION, ATTRIBUTION);
    }
}
