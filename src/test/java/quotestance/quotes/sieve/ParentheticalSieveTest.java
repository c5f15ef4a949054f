package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The attribution between commas inside the clause. */
class ParentheticalSieveTest {
    private final ParentheticalSieve sieve = new ParentheticalSieve();

    @Test
    void theWholeClauseAroundTheAttribution() {
        Sieved s = Sieved.by(sieve, "The new schedule, the coach said, will give the players more rest.");
        s.assertQuote(s.only(), "The new schedule, the coach said, will give the players more rest", "said", "the coach",
                AttributionRule.REPORTED_PARENTHETICAL);
    }

    @Test
    void anAttributionAdjunctAfterTheCommaIsNoRest() {
        Sieved.by(sieve, "The schedule will change, the coach said, adding that players need rest.").assertNone();
    }
}
