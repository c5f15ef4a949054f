package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** A sentence about a named person that ends in a colon, with no cue. */
class ColonAfterSubjectSieveTest {
    private final ColonAfterSubjectSieve sieve = new ColonAfterSubjectSieve();

    @Test
    void theSubjectBeforeTheColon() {
        Sieved s = Sieved.by(sieve, "Hana Dvorak, a retired pilot, is more direct: \"Nobody should fly that plane.\"");
        s.assertQuote(s.only(), "Nobody should fly that plane.", null, "Hana Dvorak", AttributionRule.DIRECT_COLON_AFTER_SUBJECT);
    }

    @Test
    void aDescriptionIsNoSpeaker() {
        Sieved.by(sieve, "The rule is simple: \"Nobody should fly that plane.\"").assertNone();
    }
}
