package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import quotestance.model.QuoteCandidate;

/** "according to" around a clause that has its own attribution gives no second quote. */
class SourceCarriesAttributionTest {
    private final SourceCarriesAttribution step = new SourceCarriesAttribution();
    private static final String TEXT = "The talks will resume next week, the spokesman said, according to the agency.";

    @Test
    void theSpokesmansQuoteStands() {
        QuoteCandidate spokesman = Sieved.by(new ClauseBeforeSubjectSieve(), TEXT).only();
        Sieved source = Sieved.by(new AccordingToSieve(), TEXT);
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(spokesman, source.only()), source.view(), source.claims());
        assertNull(m.next(), source.describe());
        assertSame(spokesman, m.previous());
    }

    @Test
    void aSourceOfItsOwnClauseStands() {
        Sieved s = Sieved.by(new AccordingToSieve(), "Turnout fell sharply, according to exit polls.");
        PairStep.Meeting m = PairStep.Meeting.of(null, s.only());
        assertSame(m, step.apply(m, s.view(), s.claims()));
    }
}
