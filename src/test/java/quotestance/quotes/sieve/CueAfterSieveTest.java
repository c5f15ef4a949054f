package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The speaker right after the closing mark, then the cue. */
class CueAfterSieveTest {
    private final CueAfterSieve sieve = new CueAfterSieve();

    @Test
    void aDescriptionAndItsListener() {
        Sieved s = Sieved.by(sieve, "\"We counted every ballot twice,\" the county clerk told reporters.");
        s.assertQuote(s.only(), "We counted every ballot twice,", "told", "the county clerk", AttributionRule.DIRECT_CUE_AFTER);
    }

    @Test
    void thePronounOfTheLastSpeaker() {
        Sieved s = Sieved.by(sieve, "\"It was a long night,\" she added.");
        s.assertQuote(s.only(), "It was a long night,", "added", "she", AttributionRule.DIRECT_CUE_AFTER);
    }

    @Test
    void anAppositionThatOpensAfterTheMark() {
        Sieved s = Sieved.by(sieve, "\"The pumps failed first,\" the plant's night manager, Ines Farrow, said.");
        assertEquals(AttributionRule.DIRECT_CUE_AFTER, s.only().rule());
        assertTrue(s.text(s.only().mention().span()).contains("Ines Farrow"), s.describe());
    }

    @Test
    void aSentenceOfTheAuthorsAfterTheMarkIsNoAttribution() {
        Sieved.by(sieve, "\"We counted every ballot twice,\" and then the hall closed.").assertNone();
    }
}
