package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteKind;

/** The cue right after the closing mark, the speaker after it. */
class CueAfterInvertedSieveTest {
    private final CueAfterInvertedSieve sieve = new CueAfterInvertedSieve();

    @Test
    void theSpeakerFollowsTheCue() {
        Sieved s = Sieved.by(sieve, "\"The bridge will reopen in May,\" said Transport Minister Lena Okafor.");
        s.assertQuote(s.only(), "The bridge will reopen in May,", "said", "Transport Minister Lena Okafor",
                AttributionRule.DIRECT_CUE_AFTER_INVERTED);
        assertEquals(QuoteKind.DIRECT, s.only().kind());
        assertTrue(s.claims().cueTaken(s.only().cue().start()), "the cue is taken");
    }

    @Test
    void aSubjectBeforeTheCueIsAnotherPattern() {
        Sieved.by(sieve, "\"The bridge will reopen in May,\" Okafor said.").assertNone();
    }
}
