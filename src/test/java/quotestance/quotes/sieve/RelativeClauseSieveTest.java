package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** A relative clause whose subject and cue report its verb phrase. */
class RelativeClauseSieveTest {
    private final RelativeClauseSieve sieve = new RelativeClauseSieve();

    @Test
    void theVerbPhraseAfterTheCue() {
        Sieved s = Sieved.by(sieve, "The council approved the repairs, which Tomas Vik said would take a year.");
        s.assertQuote(s.only(), "would take a year", "said", "Tomas Vik", AttributionRule.REPORTED_RELATIVE_CLAUSE);
    }

    @Test
    void whatTheyCallIt() {
        Sieved s = Sieved.by(sieve, "Crowds gathered for what organizers say is the largest rally in years.");
        s.assertQuote(s.only(), "the largest rally in years", "say", "organizers", AttributionRule.REPORTED_RELATIVE_CLAUSE);
    }

    @Test
    void aPlainClauseIsAnotherPattern() {
        Sieved.by(sieve, "The engineer said the repairs would take a year.").assertNone();
    }
}
