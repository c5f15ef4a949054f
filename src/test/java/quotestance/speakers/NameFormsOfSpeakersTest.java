package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The canonical name is the fullest form the article uses, the formal given name over a short one; descriptions
 * of one body in two spellings are one speaker; a run of capitals loses the words around the name that are no part of it.
 */
class NameFormsOfSpeakersTest {
    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aShortGivenNameAndTheFormalOneAreOnePersonNamedByTheFormal() {
        assertTrue(NameKey.formalFormOf("Joseph Dunmore", "Joe Dunmore"));
        assertFalse(NameKey.formalFormOf("Joe Dunmore", "Joseph Dunmore"));
        assertFalse(NameKey.formalFormOf("Joseph Dunmore", "Jane Dunmore"));
        assertEquals(NameKey.tokens("Bill Ostrow"), NameKey.tokens("William Ostrow"));
        ResolverHarness.Outcome o = harness.resolve("Gen. Joe Dunmore said the troops would stay. Later, Gen. Joseph Dunmore "
                + "said the drawdown was on hold.");
        assertEquals("Joseph Dunmore", o.quote("the troops would stay").speaker(), o.describe());
        assertEquals(o.quote("the troops would stay").speakerId(), o.quote("the drawdown").speakerId());
    }

    @Test
    void descriptionsOfOneBodyInTwoSpellingsAreOneSpeaker() {
        assertEquals(DescriptionKey.of("U.S. officials"), DescriptionKey.of("US officials"));
        assertEquals(DescriptionKey.of("Iran's state television"), DescriptionKey.of("Iranian state television"));
        assertFalse(DescriptionKey.of("Iranian state television").equals(DescriptionKey.of("Syrian state television")));
        ResolverHarness.Outcome o = harness.resolve("U.S. officials said the convoy had turned back. US officials said "
                + "a second convoy was waiting.");
        assertEquals(o.quote("the convoy had").speakerId(), o.quote("a second convoy").speakerId(), o.describe());
        assertEquals(1, o.resolution().speakers().size(), o.describe());
    }

    @Test
    void weekdaysAndHeadlineVerbsAfterANameAndQuestionOpenersBeforeItAreNoPartOfIt() {
        ResolverHarness.Outcome o = harness.resolve("Why did Comstock leave? Did Comstock resign?\n\n"
                + "The inquiry had stalled, said Alma Comstock Thursday.\n\n"
                + "Comstock said that she had kept every record.");
        assertEquals("Alma Comstock", o.quote("that she had kept").speaker(), o.describe());
        assertEquals("Alma Comstock", o.quote("The inquiry had stalled").speaker(), o.describe());
    }

    @Test
    void sentenceOpenersHeadlineVerbsAndPrepositionsAtARunsEdgeAreNoPartOfTheName() {
        assertEquals("Obama", NameForms.withoutEdgeWords("But Obama"));
        assertEquals("Tillerson", NameForms.withoutEdgeWords("Tillerson Says Russia"));
        assertEquals("Obama", NameForms.withoutEdgeWords("Obama Won't Commit"));
        assertEquals("Al Sharpton", NameForms.withoutEdgeWords("Al Sharpton Just Said"));
        assertEquals("The State Department", NameForms.withoutEdgeWords("The State Department on Tuesday"));
        assertEquals("Bank of England", NameForms.withoutEdgeWords("Bank of England"));
        assertEquals("But", NameForms.withoutEdgeWords("But"));
        ResolverHarness.Outcome o = harness.resolve("Mayor Oren Talvik opened the dam.\n\nBut Talvik said the valley "
                + "would flood again.");
        assertEquals("Oren Talvik", o.quote("the valley would flood").speaker(), o.describe());
    }

    @Test
    void aLoneSurnameDoesNotJoinAHeadlinesWordsThatBeginWithIt() {
        ResolverHarness.Outcome o = harness.resolve("Talvik Lawyer Says Nothing Was Hidden\n\n"
                + "Talvik said the dam was safe.");
        assertEquals("Talvik", o.quote("the dam was safe").speaker(), o.describe());
        ResolverHarness.Outcome p = harness.resolve("Talvik's council met on Monday.\n\nTalvik said the dam was safe.");
        assertEquals("Talvik", p.quote("the dam was safe").speaker(), p.describe());
    }
}
