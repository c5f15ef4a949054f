package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.SpeakerType;

/** A paragraph that opens with a name and a colon. */
class LabelSieveTest {
    private final LabelSieve sieve = new LabelSieve();

    @Test
    void aTranscriptsTurn() {
        Sieved s = Sieved.by(sieve, "DANIEL REED: Why should the town pay for it?");
        s.assertQuote(s.only(), "Why should the town pay for it?", null, "DANIEL REED", AttributionRule.DIRECT_LABEL);
        assertEquals(SpeakerType.PERSON, s.only().mention().type());
    }

    @Test
    void aQuotationWithNoSpeakerOfItsOwnIsGivenAgainLabelled() {
        Sieved s = Sieved.by(new FloatingSieve(), "Nina Cole: \"We will not close the library.\"");
        QuoteCandidate floating = s.only();
        Sieved labelled = s.then(sieve);
        labelled.assertQuote(labelled.only(), "We will not close the library.", null, "Nina Cole", AttributionRule.DIRECT_LABEL);
        assertEquals(floating.content(), labelled.only().content());
    }

    @Test
    void aPlaceIsNoLabel() {
        Sieved.by(sieve, "Lake Town Hall: Why should the town pay for it?").assertNone();
    }
}
