package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.SpeakerType;

/** A paragraph of someone's words signed with their name and role. */
class SignedPullQuoteSieveTest {
    private final SignedPullQuoteSieve sieve = new SignedPullQuoteSieve();

    @Test
    void theSignatureNamesTheSpeaker() {
        Sieved s = Sieved.by(sieve, "This road has flooded every spring for ten years. Maria Sandoval, Pine Creek councillor");
        s.assertQuote(s.only(), "This road has flooded every spring for ten years.", null, "Maria Sandoval",
                AttributionRule.DIRECT_SIGNED);
        assertEquals(SpeakerType.PERSON, s.only().mention().type());
    }

    @Test
    void aSignatureWithACueIsAnAttribution() {
        Sieved.by(sieve, "This road has flooded every spring for ten years. Maria Sandoval, a councillor, said so").assertNone();
    }
}
