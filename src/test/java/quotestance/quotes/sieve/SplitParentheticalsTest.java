package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/** A clause around its attribution is two quotes of one speaker. */
class SplitParentheticalsTest {
    private final SplitParentheticals step = new SplitParentheticals();

    @Test
    void thePartsBeforeAndAfterTheAttribution() {
        Sieved s = Sieved.by(new ParentheticalSieve(), "The new schedule, the coach said, will give the players more rest.");
        List<QuoteCandidate> out = step.apply(s.quotes(), s.view());
        assertEquals(2, out.size());
        assertEquals("The new schedule", s.text(out.get(0).content()));
        assertEquals("will give the players more rest", s.text(out.get(1).content()));
        assertEquals(s.only().mention(), out.get(1).mention());
        assertEquals(AttributionRule.REPORTED_PARENTHETICAL, out.get(1).rule());
    }

    @Test
    void aShortPartKeepsTheClauseWhole() {
        Sieved s = Sieved.by(new ParentheticalSieve(), "Police, the chief says, have no policy on drones.");
        assertEquals(s.quotes(), step.apply(s.quotes(), s.view()), s.describe());
    }
}
