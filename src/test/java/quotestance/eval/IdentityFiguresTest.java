package quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The identity figures count by name, not by the ids they judge. */
class IdentityFiguresTest {
    @Test
    void theShareUnderTheMainIdCountsEveryQuoteThatNamesThePerson() {
        List<IdentityFigures.SpeakerCount> counts = List.of(
                new IdentityFigures.SpeakerCount("Mara Quellin", "person:mara-quellin", "person", 6),
                new IdentityFigures.SpeakerCount("Quellin", "name:quellin", "unknown", 3),
                new IdentityFigures.SpeakerCount("Minister Mara Quellin", "person:mara-quellin", "person", 1),
                new IdentityFigures.SpeakerCount("Tobias Brandt", "person:tobias-brandt", "person", 4),
                new IdentityFigures.SpeakerCount("But Brandt", "person:but-brandt", "person", 2),
                new IdentityFigures.SpeakerCount("the ministry", "article:1:the-ministry", "organization", 5));
        IdentityFigures.Figures f = IdentityFigures.compute(counts, 21, 0, 20);
        assertEquals(3, f.top().size()); // "But Brandt" is a person of its own to the name matching too
        IdentityFigures.Person quellin = f.top().get(0);
        assertEquals("person:mara-quellin", quellin.id());
        assertEquals(10, quellin.matched());
        assertEquals(7, quellin.underMain());
        assertEquals(2, quellin.ids());
        assertEquals(0.7, quellin.share(), 1e-9);
        assertEquals(2, f.junkSpeakerQuotes());
    }

    @Test
    void headlineWordsAndCaptionLabelsAtANamesEdgeAreJunk() {
        assertTrue(IdentityFigures.isJunk("Does Quellin"));
        assertTrue(IdentityFigures.isJunk("Quellin Says"));
        assertTrue(IdentityFigures.isJunk("Hide Caption"));
        assertFalse(IdentityFigures.isJunk("Mara Quellin"));
        assertFalse(IdentityFigures.isJunk("Moon Jae-in"));
        assertFalse(IdentityFigures.isJunk("Theresa May"));
    }
}
