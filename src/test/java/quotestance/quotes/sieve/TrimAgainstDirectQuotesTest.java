package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.Span;

/** A reported clause keeps its part before a direct quotation. */
class TrimAgainstDirectQuotesTest {
    private final TrimAgainstDirectQuotes step = new TrimAgainstDirectQuotes();
    private static final String TEXT = "Okafor said the repairs were overdue and the crews were tired.";

    @Test
    void theClauseEndsBeforeTheQuotation() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), TEXT);
        int quoted = TEXT.indexOf("and the crews");
        s.claims().takeQuoted(new Span(quoted, TEXT.length() - 1));
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(null, s.only()), s.view(), s.claims());
        assertEquals("the repairs were overdue", s.text(m.next().content()));
        assertEquals(AttributionRule.REPORTED_CLAUSE_AFTER_CUE, m.next().rule());
    }

    @Test
    void aClauseThatStartsInsideTheQuotationGoes() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), TEXT);
        s.claims().takeQuoted(new Span(TEXT.indexOf("the repairs"), TEXT.length() - 1));
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(null, s.only()), s.view(), s.claims());
        assertNull(m.next());
        assertTrue(m.settled());
    }

    @Test
    void aClauseClearOfQuotationsStays() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), TEXT);
        PairStep.Meeting m = PairStep.Meeting.of(null, s.only());
        assertSame(m, step.apply(m, s.view(), s.claims()));
    }
}
