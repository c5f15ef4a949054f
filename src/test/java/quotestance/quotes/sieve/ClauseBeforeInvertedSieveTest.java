package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The clause, a comma, the cue, then the speaker. */
class ClauseBeforeInvertedSieveTest {
    private final ClauseBeforeInvertedSieve sieve = new ClauseBeforeInvertedSieve();

    @Test
    void theSpeakerAfterTheCue() {
        Sieved s = Sieved.by(sieve, "The old bridge is safe for now, said Okafor.");
        s.assertQuote(s.only(), "The old bridge is safe for now", "said", "Okafor", AttributionRule.REPORTED_CLAUSE_BEFORE_INVERTED);
    }

    @Test
    void wordsAfterTheCueThatOpenAClause() {
        Sieved.by(sieve, "After the vote, said he had made calls all night.").assertNone();
    }
}
