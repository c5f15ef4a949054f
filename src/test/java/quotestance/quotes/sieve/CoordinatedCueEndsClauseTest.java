package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A coordinated cue is the speaker's next verb: the earlier clause ends before it. */
class CoordinatedCueEndsClauseTest {
    private final CoordinatedCueEndsClause step = new CoordinatedCueEndsClause();

    @Test
    void theEarlierClauseEndsBeforeTheAnd() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(),
                "Okafor said the crews were tired and explained that the storm had lasted three days.");
        assertEquals(2, s.quotes().size(), s.describe());
        PairStep.Meeting m = step.apply(PairStep.Meeting.of(s.get(0), s.get(1)), s.view(), s.claims());
        assertEquals("the crews were tired", s.text(m.previous().content()), s.describe());
        assertEquals("that the storm had lasted three days", s.text(m.next().content()));
        assertEquals("Okafor", s.text(m.next().mention().span()), "the second verb is the speaker's");
    }

    @Test
    void aNestedCueThatIsNotCoordinatedIsLeftAlone() {
        Sieved s = Sieved.by(new ClauseAfterCueSieve(), "Okafor said the inspectors insist the bridge is sound.");
        PairStep.Meeting m = PairStep.Meeting.of(s.get(0), s.get(1));
        assertSame(m, step.apply(m, s.view(), s.claims()), s.describe());
    }
}
