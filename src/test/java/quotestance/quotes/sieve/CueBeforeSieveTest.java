package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The speaker and the cue before the opening mark. */
class CueBeforeSieveTest {
    private final CueBeforeSieve sieve = new CueBeforeSieve();

    @Test
    void aColonAfterTheCue() {
        Sieved s = Sieved.by(sieve, "Mayor Rafael Osei said: \"The park stays open all night.\"");
        s.assertQuote(s.only(), "The park stays open all night.", "said", "Mayor Rafael Osei", AttributionRule.DIRECT_CUE_BEFORE);
        assertTrue(s.claims().cueTaken(s.only().cue().start()), "the cue is taken");
    }

    @Test
    void aQuotedFragmentInsideTheClauseIsNoDirectQuote() {
        Sieved.by(sieve, "Osei said the plan was \"far too costly\" for a town of its size.").assertNone();
    }
}
