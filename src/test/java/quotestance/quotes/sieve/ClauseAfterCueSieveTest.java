package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteKind;

/** The subject, the cue and the clause after it. */
class ClauseAfterCueSieveTest {
    private final ClauseAfterCueSieve sieve = new ClauseAfterCueSieve();

    @Test
    void aClauseWithoutThat() {
        Sieved s = Sieved.by(sieve, "Okafor said the bridge would reopen in May.");
        s.assertQuote(s.only(), "the bridge would reopen in May", "said", "Okafor", AttributionRule.REPORTED_CLAUSE_AFTER_CUE);
        assertEquals(QuoteKind.INDIRECT, s.only().kind());
    }

    @Test
    void pastTheListenerAndTheTime() {
        Sieved s = Sieved.by(sieve, "Osei told the council on Monday that the budget was balanced.");
        s.assertQuote(s.only(), "that the budget was balanced", "told", "Osei", AttributionRule.REPORTED_CLAUSE_AFTER_CUE);
    }

    @Test
    void aParticipleTakesTheSentencesSubject() {
        Sieved s = Sieved.by(sieve, "The utility posted a notice, saying the water was safe again.");
        assertEquals("the water was safe again", s.text(s.only().content()), s.describe());
        assertEquals("The utility", s.text(s.only().mention().span()), s.describe());
    }

    @Test
    void aVerbThatTakesAThingNeedsItsThat() {
        Sieved.by(sieve, "The mayor denied the report about the budget.").assertNone();
        Sieved.by(sieve, "The mayor did not say the budget was balanced.").assertNone();
    }
}
