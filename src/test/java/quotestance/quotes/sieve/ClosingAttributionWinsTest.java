package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/** The attribution that closes the sentence wins over a cue inside its clause. */
class ClosingAttributionWinsTest {
    private final ClosingAttributionWins step = new ClosingAttributionWins();

    @Test
    void theEarlierQuoteInsideTheClauseGoes() {
        String text = "Rivera, who insisted he was innocent, left the court in silence, his lawyers said.";
        Sieved first = Sieved.by(new ClauseAfterCueSieve(), text);
        Sieved closing = Sieved.by(new ClauseBeforeSubjectSieve(), text);
        QuoteCandidate earlier = first.quotes().get(0);
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(earlier, closing.only()), closing.view(), closing.claims());
        assertNull(m.previous(), first.describe() + closing.describe());
        assertEquals(AttributionRule.REPORTED_CLAUSE_BEFORE_SUBJECT, m.next().rule());
        assertTrue(m.settled());
    }

    @Test
    void aClauseAfterItsCueDoesNotWin() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), "Okafor said the inspectors insist the bridge is sound.");
        PairStep.Meeting m = PairStep.Meeting.of(s.get(0), s.get(1));
        assertSame(m, step.apply(m, s.view(), s.claims()), s.describe());
    }
}
