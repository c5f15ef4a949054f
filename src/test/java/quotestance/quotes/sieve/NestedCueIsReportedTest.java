package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A cue inside the clause of an earlier one is part of what was reported. */
class NestedCueIsReportedTest {
    private final NestedCueIsReported step = new NestedCueIsReported();

    @Test
    void theInnerCueGivesNoQuote() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), "Okafor said the inspectors insist the bridge is sound.");
        assertEquals(2, s.quotes().size(), s.describe());
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(s.get(0), s.get(1)), s.view(), s.claims());
        assertNull(m.next());
        assertEquals("the inspectors insist the bridge is sound", s.text(m.previous().content()));
    }

    @Test
    void aCueOutsideTheClauseStays() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), "Okafor said the bridge is sound. Osei said it is not.");
        PairStep.Meeting m = PairStep.Meeting.of(s.get(0), s.get(1));
        assertSame(m, step.apply(m, s.view(), s.claims()), s.describe());
    }
}
