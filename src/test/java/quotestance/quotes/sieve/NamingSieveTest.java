package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteKind;

/** "called" an object something. */
class NamingSieveTest {
    private final NamingSieve sieve = new NamingSieve();

    @Test
    void anObjectAndWhatItWasCalled() {
        Sieved s = Sieved.by(sieve, "The senator called the tax plan a disaster for farmers.");
        s.assertQuote(s.only(), "the tax plan a disaster for farmers", "called", "The senator", AttributionRule.REPORTED_NAMING);
    }

    @Test
    void aQuotedName() {
        Sieved s = Sieved.by(sieve, "The senator called the tax plan \"theft in daylight\".");
        assertEquals(QuoteKind.MIXED, s.only().kind(), s.describe());
    }

    @Test
    void aPhoneCallNamesNothing() {
        Sieved.by(sieve, "The senator called her brother on Sunday.").assertNone();
        Sieved.by(sieve, "The senator called for a vote on Sunday.").assertNone();
    }
}
