package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import quotestance.model.Quote;
import quotestance.model.ResolutionStep;

/** {@link UnresolvedStep}: a quote with no mention and no one to give it to keeps no speaker. */
class UnresolvedStepTest {
    private static final String LONE = "\"Nobody expected this to happen here.\"";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aLoneQuotationHasNoSpeakerAndHalfItsRulesConfidence() {
        Quote q = harness.expect(LONE, "Nobody expected", null, ResolutionStep.UNRESOLVED, "direct:floating+unresolved", 0.5);
        assertNull(q.speakerId());
        assertEquals(0, harness.resolve(LONE).resolution().speakers().size());
    }
}
