package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The clause, a comma, the subject and the cue. */
class ClauseBeforeSubjectSieveTest {
    private final ClauseBeforeSubjectSieve sieve = new ClauseBeforeSubjectSieve();

    @Test
    void theClauseBeforeTheAttribution() {
        Sieved s = Sieved.by(sieve, "The water is safe to drink again, the utility said.");
        s.assertQuote(s.only(), "The water is safe to drink again", "said", "the utility", AttributionRule.REPORTED_CLAUSE_BEFORE_SUBJECT);
    }

    @Test
    void aPhraseOfTimeIsNoClause() {
        Sieved.by(sieve, "On Saturday, the utility said the water was safe.").assertNone();
    }
}
