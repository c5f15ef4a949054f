package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** A dash and a name after the closing mark. */
class DashNameSieveTest {
    private final DashNameSieve sieve = new DashNameSieve();

    @Test
    void theNameAfterTheDash() {
        Sieved s = Sieved.by(sieve, "\"Nobody reads the fine print\" \u2013 Marta Lindqvist");
        s.assertQuote(s.only(), "Nobody reads the fine print", null, "Marta Lindqvist", AttributionRule.DIRECT_DASH_NAME);
    }

    @Test
    void aDashBeforeAClauseIsNoSignature() {
        Sieved.by(sieve, "\"Nobody reads the fine print\" \u2013 and the court agreed with that view.").assertNone();
    }
}
