package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** A channel quotes someone as saying: the one quoted speaks. */
class QuotedAsSayingSieveTest {
    private final QuotedAsSayingSieve sieve = new QuotedAsSayingSieve();

    @Test
    void theOneQuotedIsTheSpeaker() {
        Sieved s = Sieved.by(sieve, "State radio quoted Minister Karim Haddad as saying that the border would stay closed.");
        s.assertQuote(s.only(), "that the border would stay closed", "saying", "Minister Karim Haddad",
                AttributionRule.REPORTED_QUOTED_AS_SAYING);
    }

    @Test
    void thePassiveQuotesItsSubject() {
        Sieved s = Sieved.by(sieve, "Haddad was quoted as saying the border would stay closed.");
        assertEquals("Haddad", s.text(s.only().mention().span()), s.describe());
    }

    @Test
    void aPlainParticipleIsAnotherPattern() {
        Sieved.by(sieve, "Haddad spoke on the radio, saying the border would stay closed.").assertNone();
    }
}
